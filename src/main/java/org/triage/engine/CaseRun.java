package org.triage.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triage.rules.Case;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;

/**
 * Runs every case of a rule set: which pass, which rules no case makes fire, and which referral rules
 * lack the cases the safety policy asks for (one that makes the rule fire and says so in {@code fired},
 * one that keeps it quiet and says so in {@code not_fired}).
 */
public final class CaseRun {

    /** A referral rule without a positive or a negative case. */
    public record PolicyGap(Rule rule, boolean positive) {
    }

    public record Report(List<CaseCheck.Outcome> outcomes, List<Rule> uncovered, List<PolicyGap> gaps, int ruleCount) {
        public Report {
            outcomes = List.copyOf(outcomes);
            uncovered = List.copyOf(uncovered);
            gaps = List.copyOf(gaps);
        }

        public long passed() {
            return outcomes.stream().filter(CaseCheck.Outcome::passed).count();
        }

        public long failed() {
            return outcomes.size() - passed();
        }

        /** The share of rules some case makes fire, in percent (100 for a rule set without rules). */
        public double coverage() {
            return ruleCount == 0 ? 100.0 : 100.0 * (ruleCount - uncovered.size()) / ruleCount;
        }
    }

    private CaseRun() {
    }

    public static Report run(RuleSet ruleSet) {
        List<CaseCheck.Outcome> outcomes = ruleSet.cases().stream().map(c -> CaseCheck.run(ruleSet, c)).toList();
        Set<String> covered = new LinkedHashSet<>();
        outcomes.forEach(o -> covered.addAll(o.result().rulesFired()));
        List<Rule> uncovered = ruleSet.rules().stream().filter(r -> !covered.contains(r.id())).toList();
        List<PolicyGap> gaps = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            if (!rule.refers()) {
                continue;
            }
            if (outcomes.stream().noneMatch(o -> positive(o, rule))) {
                gaps.add(new PolicyGap(rule, true));
            }
            if (outcomes.stream().noneMatch(o -> negative(o, rule))) {
                gaps.add(new PolicyGap(rule, false));
            }
        }
        return new Report(outcomes, uncovered, gaps, ruleSet.rules().size());
    }

    private static boolean positive(CaseCheck.Outcome o, Rule rule) {
        Case c = o.testCase();
        return c.expect().fired().contains(rule.id()) && o.result().rulesFired().contains(rule.id());
    }

    private static boolean negative(CaseCheck.Outcome o, Rule rule) {
        Case c = o.testCase();
        return c.expect().notFired().contains(rule.id()) && !o.result().rulesFired().contains(rule.id());
    }
}
