package org.triage.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triage.report.BatchFigures;
import org.triage.report.BatchFigures.Bar;
import org.triage.rules.Outcome;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/** The batch report's figures, from the counts of a run that kept them ({@link BatchOptions#report}). */
public final class ReportFigures {

    /** The most frequent reasons shown; the rest are few by then, and a chart of forty bars is read by no one. */
    static final int TOP = 10;

    private ReportFigures() {
    }

    public static BatchFigures of(Summary summary, RuleSet ruleSet, String input, String made) {
        ReportTally t = summary.forReport().orElseThrow(() -> new IllegalStateException("the run kept no report counts"));
        List<Bar> referralReasons = new ArrayList<>();
        List<Bar> exclusionReasons = new ArrayList<>();
        for (int r = 0; r < ruleSet.rules().size(); r++) {
            Rule rule = ruleSet.rules().get(r);
            String tone = rule.effects().refer().map(Urgency::id).orElse("refer");
            referralReasons.add(new Bar(rule.id(), rule.description(), t.referrals(r), tone));
            exclusionReasons.add(new Bar(rule.id(), rule.description(), t.exclusions(r), "excluded"));
        }
        List<Bar> exclusions = new ArrayList<>();
        for (int k = 0; k < ruleSet.techniques().size(); k++) {
            exclusions.add(new Bar(ruleSet.techniques().get(k).name(), ruleSet.techniques().get(k).id(),
                    t.excludedTechnique(k), "excluded"));
        }
        List<BatchFigures.InvalidColumn> invalid = new ArrayList<>();
        t.invalidByColumn().forEach((column, counts) -> invalid.add(
                new BatchFigures.InvalidColumn(column, counts.count(), counts.firstLines())));
        invalid.sort(Comparator.comparingLong(BatchFigures.InvalidColumn::count).reversed());
        return new BatchFigures(input, made, summary.seconds(), summary.rows(), summary.invalidRows(), outcomes(summary),
                urgencies(summary), top(referralReasons), frequent(exclusions), top(exclusionReasons), invalid, ruleSet.version());
    }

    private static List<Bar> outcomes(Summary summary) {
        List<Bar> outcomes = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            outcomes.add(new Bar(o.id(), "", summary.outcome(o), o.id()));
        }
        return outcomes;
    }

    private static List<Bar> urgencies(Summary summary) {
        List<Bar> urgencies = new ArrayList<>();
        for (Urgency u : Urgency.values()) {
            urgencies.add(new Bar(u.id(), u.action(), summary.urgency(u), u.id()));
        }
        return urgencies;
    }

    /** The bars with a count, the most frequent first (in rule order among equals). */
    private static List<Bar> frequent(List<Bar> bars) {
        return bars.stream().filter(b -> b.count() > 0).sorted(Comparator.comparingLong(Bar::count).reversed()).toList();
    }

    private static List<Bar> top(List<Bar> bars) {
        List<Bar> frequent = frequent(bars);
        return frequent.subList(0, Math.min(TOP, frequent.size()));
    }
}
