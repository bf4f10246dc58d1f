package org.triage.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triage.rules.Answers;
import org.triage.rules.Approach;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.Outcome;
import org.triage.rules.Policy;
import org.triage.rules.Requirement;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Technique;
import org.triage.rules.Urgency;

/**
 * A compiled rule set as clauses, once per run: every intake the questionnaire allows, each rule's firing, and the
 * result as {@code org.triage.engine.Engine} decides it, in the engine's precedence. The variables describe the
 * answers that apply: a follow-up whose {@code ask_when} does not hold is unanswered, as the engine drops it. Then:
 * a referral (the most urgent that fired) beats everything; a missing screening answer gives incomplete; the scores
 * decide the approach (the leader by at least the margin, else the tie-breaker); of the winning approach's
 * techniques an excluded one is ruled out, a recommended one given; a referral rules out every technique.
 */
final class Encoding {

    private final RuleSet ruleSet;
    private final Sat sat = new Sat();
    private final Formula f = new Formula(sat);
    private final AnswerSpace space;
    private final Conditions conditions;
    /** By urgency ordinal: some rule of that urgency fired. */
    private final int[] refers;
    private final int referral;
    private final int incomplete;
    private final int decided;
    private final int massageWins;
    /** By technique position. */
    private final int[] given;
    private final int[] excluded;

    Encoding(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.space = new AnswerSpace(sat, f, ruleSet.questionnaire(), numberTests(ruleSet));
        this.conditions = new Conditions(space, f);
        dropFollowUpsThatDoNotApply();
        List<Rule> rules = ruleSet.rules();
        int[] fired = rules.stream().mapToInt(r -> conditions.literal(r.when())).toArray();
        this.refers = new int[Urgency.values().length];
        for (Urgency u : Urgency.values()) {
            refers[u.ordinal()] = f.or(select(fired, r -> rules.get(r).effects().refer().equals(Optional.of(u))));
        }
        this.referral = f.or(refers);
        int missing = f.or(ruleSet.questionnaire().fields().stream().filter(Field::screening)
                .mapToInt(field -> Formula.not(space.answered(ruleSet.questionnaire().index(field.id())))).toArray());
        this.incomplete = f.and(Formula.not(referral), missing);
        this.decided = f.and(Formula.not(referral), Formula.not(missing));
        this.massageWins = massageWins(rules, fired);
        this.given = new int[ruleSet.techniques().size()];
        this.excluded = new int[ruleSet.techniques().size()];
        for (int k = 0; k < given.length; k++) {
            technique(k, rules, fired);
        }
    }

    /** A follow-up whose {@code ask_when} does not hold is not answered: the engine drops such an answer. */
    private void dropFollowUpsThatDoNotApply() {
        List<Field> fields = ruleSet.questionnaire().fields();
        for (int i = 0; i < fields.size(); i++) {
            Optional<Condition> askWhen = fields.get(i).askWhen();
            if (askWhen.isPresent()) {
                sat.clause(conditions.literal(askWhen.get()), Formula.not(space.answered(i)));
            }
        }
    }

    /**
     * Technique {@code k} is given when its approach won, no fired rule excludes it and one recommends it; it is
     * ruled out by a referral, or when its approach won and a fired rule excludes it.
     */
    private void technique(int k, List<Rule> rules, int[] fired) {
        Technique t = ruleSet.techniques().get(k);
        int won = f.and(decided, t.approach() == Approach.MASSAGE ? massageWins : -massageWins);
        int excluding = f.or(select(fired, r -> rules.get(r).effects().exclude().contains(t.id())));
        int recommending = f.or(select(fired, r -> rules.get(r).effects().recommend().contains(t.id())));
        given[k] = f.and(won, Formula.not(excluding), recommending);
        excluded[k] = f.or(referral, f.and(won, excluding));
    }

    /**
     * Whether massage wins, as one comparison of the points' difference with a number: with the tie-breaker stm,
     * massage needs a lead of at least max(margin, 1); with massage, stm needs that lead to win instead.
     */
    private int massageWins(List<Rule> rules, int[] fired) {
        int lead = Math.max(ruleSet.decision().margin(), 1);
        int degree = ruleSet.decision().tieBreaker() == Approach.STM ? lead : 1 - lead;
        int[] weights = new int[rules.size()];
        for (int r = 0; r < weights.length; r++) {
            weights[r] = rules.get(r).effects().score(Approach.MASSAGE) - rules.get(r).effects().score(Approach.STM);
        }
        int[] lits = select(fired, r -> weights[r] != 0);
        int[] w = java.util.Arrays.stream(weights).filter(x -> x != 0).toArray();
        return f.atLeast(lits, w, degree);
    }

    private static int[] select(int[] fired, java.util.function.IntPredicate rule) {
        return java.util.stream.IntStream.range(0, fired.length).filter(rule).map(r -> fired[r]).toArray();
    }

    /** Every numeric test of the rule set: the thresholds the number classes are cut at. */
    private static List<Condition.NumberTest> numberTests(RuleSet ruleSet) {
        List<Condition.NumberTest> out = new ArrayList<>();
        ruleSet.rules().forEach(r -> collect(r.when(), out));
        ruleSet.questionnaire().fields().forEach(field -> field.askWhen().ifPresent(c -> collect(c, out)));
        ruleSet.policies().forEach(p -> p.when().ifPresent(c -> collect(c, out)));
        return out;
    }

    private static void collect(Condition c, List<Condition.NumberTest> into) {
        if (c instanceof Condition.NumberTest t) {
            into.add(t);
        } else if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collect(p, into));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collect(p, into));
        } else if (c instanceof Condition.Not not) {
            collect(not.inner(), into);
        }
    }

    /** The literal "the intake is one the policy is for". */
    int applies(Policy policy) {
        return policy.when().map(conditions::literal).orElse(f.yes());
    }

    /** The literal "the result meets the requirement". */
    int meets(Requirement req) {
        List<Integer> parts = new ArrayList<>();
        if (!req.outcomes().isEmpty()) {
            parts.add(f.or(req.outcomes().stream().mapToInt(this::outcome).toArray()));
        }
        req.urgencyAtLeast().ifPresent(u -> parts.add(f.or(java.util.Arrays.copyOf(refers, u.ordinal() + 1))));
        List<Technique> techniques = ruleSet.techniques();
        for (int k = 0; k < techniques.size(); k++) {
            String id = techniques.get(k).id();
            if (req.noTechniques() || req.neverRecommends().contains(id)) {
                parts.add(-given[k]);
            }
            if (req.excludes().contains(id)) {
                parts.add(excluded[k]);
            }
            if (req.neverGivenAndExcluded()) {
                parts.add(-f.and(given[k], excluded[k]));
            }
        }
        return f.and(parts.stream().mapToInt(Integer::intValue).toArray());
    }

    private int outcome(Outcome o) {
        return switch (o) {
            case REFER -> referral;
            case INCOMPLETE -> incomplete;
            case MASSAGE -> f.and(decided, massageWins);
            case STM -> f.and(decided, -massageWins);
        };
    }

    /** An intake meeting every literal given, or empty when there is none. */
    Optional<Answers> intake(int... literals) {
        return sat.solve(literals).map(space::answers);
    }

    int variableCount() {
        return sat.variableCount();
    }

    int constraintCount() {
        return sat.constraintCount();
    }
}
