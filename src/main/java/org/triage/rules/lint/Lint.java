package org.triage.rules.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triage.problem.Problem;
import org.triage.rules.Approach;
import org.triage.rules.Condition;
import org.triage.rules.Option;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Technique;

/**
 * Warnings about a rule set that loads: rules that can never fire, techniques no rule recommends,
 * recommendations that an exclusion always overrides, an approach that can never win, a referral without
 * a source, two rules with the same condition. Pure; the problems come back in file, line and column order.
 */
public final class Lint {

    static final String RED_FLAGS = "red_flags";

    private final RuleSet ruleSet;
    private final Satisfiability sat;
    private final List<Problem> found = new ArrayList<>();

    private Lint(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.sat = new Satisfiability(ruleSet.questionnaire());
    }

    public static List<Problem> check(RuleSet ruleSet) {
        Lint lint = new Lint(ruleSet);
        lint.referralsCiteASource();
        lint.sameConditions();
        lint.neverFires();
        lint.techniquesRecommended();
        lint.recommendedAndExcluded();
        lint.approachesCanWin();
        lint.redFlagsRefer();
        List<Problem> out = new ArrayList<>(lint.found);
        out.sort(Problem.BY_LOCATION);
        return List.copyOf(out);
    }

    private void warn(org.triage.problem.Location at, String message, String fix) {
        found.add(Problem.warning(at, message, fix));
    }

    private void referralsCiteASource() {
        for (Rule r : ruleSet.rules()) {
            if (r.refers() && r.sources().isEmpty()) {
                warn(r.location(), "rule '" + r.id() + "' refers to a physician but cites no source",
                        "add the source ids it rests on, such as source: [RF1]; every referral must be traceable");
            }
        }
    }

    private void sameConditions() {
        Map<Condition, Rule> seen = new HashMap<>();
        for (Rule r : ruleSet.rules()) {
            Rule first = seen.putIfAbsent(r.when(), r);
            if (first != null) {
                warn(r.location(), "rule '" + r.id() + "' has the same condition as rule '" + first.id() + "' ("
                        + first.location() + ")", "merge the two rules into one, or make their conditions differ");
            }
        }
    }

    private void neverFires() {
        for (Rule r : ruleSet.rules()) {
            if (!sat.satisfiable(r.when())) {
                warn(r.location(), "rule '" + r.id() + "' can never fire: its conditions contradict each other",
                        "look for a value both required and ruled out (has X with has_none [X]) or number ranges "
                                + "that do not overlap, and correct the condition");
            } else if (!sat.reachable(r.when())) {
                warn(r.location(), "rule '" + r.id() + "' can never fire: it needs an answer to a follow-up question "
                                + "that is not asked for the answer the same condition requires",
                        "check the follow-up's ask_when in questions.yaml against this condition, and correct one of them");
            }
        }
    }

    private void techniquesRecommended() {
        for (Technique t : ruleSet.techniques()) {
            if (ruleSet.rules().stream().noneMatch(r -> r.effects().recommend().contains(t.id()))) {
                warn(t.location(), "technique '" + t.id() + "' is recommended by no rule, so it is never given",
                        "add recommend: [" + t.id() + "] to the rules where it fits, or remove the technique");
            }
        }
    }

    /**
     * A recommendation that an exclusion overrides for every intake that makes the rule fire. Overlaps for
     * some intakes are how contraindications work (the shipped rules have over a hundred such pairs), so
     * only a recommendation that can never take effect is reported.
     */
    private void recommendedAndExcluded() {
        for (Rule recommends : ruleSet.rules()) {
            for (String t : recommends.effects().recommend()) {
                List<Rule> excluders = ruleSet.rules().stream().filter(r -> r.effects().exclude().contains(t)).toList();
                if (excluders.isEmpty() || !sat.reachable(recommends.when())) {
                    continue;
                }
                Condition excluded = new Condition.Any(excluders.stream().map(Rule::when).toList());
                Condition givenAlone = new Condition.All(List.of(recommends.when(), new Condition.Not(excluded)));
                if (!sat.reachable(givenAlone)) {
                    warn(recommends.location(), "rule '" + recommends.id() + "' recommends " + t + ", but every intake "
                                    + "that makes it fire also excludes " + t + " (" + excluders.stream().map(Rule::id)
                                    .collect(java.util.stream.Collectors.joining(", ")) + "); the exclusion wins",
                            "remove " + t + " from this rule's recommend, or narrow the exclusion's condition");
                }
            }
        }
    }

    /**
     * Every red flag the questionnaire offers (the options of {@code red_flags} but an exclusive "none") is named
     * by some rule that refers: a red flag that leads nowhere would let a serious sign pass as no sign at all.
     */
    private void redFlagsRefer() {
        ruleSet.questionnaire().field(RED_FLAGS).ifPresent(field -> {
            Set<String> named = new java.util.HashSet<>();
            for (Rule r : ruleSet.rules()) {
                if (r.refers()) {
                    collectValues(r.when(), field.id(), named);
                }
            }
            for (Option o : field.options()) {
                if (!o.exclusive() && !named.contains(o.id())) {
                    warn(o.location().orElse(org.triage.problem.Location.of("questions.yaml")), "red flag '" + o.id()
                                    + "' leads to no referral: no rule that refers names it",
                            "add a rule with refer: for it (clinical brief section 3), or remove the option");
                }
            }
        });
    }

    private static void collectValues(Condition c, String field, Set<String> into) {
        if (c instanceof Condition.ChoiceTest t && t.field().equals(field)) {
            into.addAll(t.values());
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collectValues(p, field, into));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collectValues(p, field, into));
        }
    }

    private void approachesCanWin() {
        for (Approach a : Approach.values()) {
            Approach other = a == Approach.MASSAGE ? Approach.STM : Approach.MASSAGE;
            // The lead of a over the other can be no more than the sum of every rule's own lead, when positive.
            int bestLead = ruleSet.rules().stream().filter(r -> sat.reachable(r.when()))
                    .mapToInt(r -> Math.max(0, r.effects().score(a) - r.effects().score(other))).sum();
            boolean tieBreaker = ruleSet.decision().tieBreaker() == a;
            int needed = tieBreaker ? 1 - Math.max(1, ruleSet.decision().margin()) : Math.max(1, ruleSet.decision().margin());
            if (bestLead < needed) {
                warn(ruleSet.decision().location(), "approach '" + a.id() + "' can never win: the most it can lead "
                                + other.id() + " by is " + bestLead + " point" + (bestLead == 1 ? "" : "s")
                                + ", and it needs " + needed,
                        "give it points in the rules where it fits (score: {" + a.id() + ": 2}), or lower the margin");
            }
        }
    }
}
