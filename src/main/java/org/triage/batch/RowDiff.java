package org.triage.batch;

import java.util.List;
import org.triage.engine.Comparison;
import org.triage.engine.Recommendation;

/**
 * One intake under both rule sets: its result under each (a recommendation or the reasons it is invalid),
 * whether the result changed, whether its precautions did (a change too), and the rules behind the change.
 */
record RowDiff(long line, String clientId, RowResult before, RowResult after, boolean changed,
               boolean precautionsChanged, List<Comparison.Responsible> rules) {

    RowDiff {
        rules = List.copyOf(rules);
    }

    static RowDiff of(Comparison comparison, RowResult before, RowResult after) {
        String clientId = after.clientId().isEmpty() ? before.clientId() : after.clientId();
        if (before.invalid() || after.invalid()) {
            // Invalid under one rule set only is a change; invalid under both is reported, but is no change.
            return new RowDiff(after.line(), clientId, before, after, before.invalid() != after.invalid(), false,
                    List.of());
        }
        Recommendation a = before.recommendation().orElseThrow();
        Recommendation b = after.recommendation().orElseThrow();
        boolean precautions = Comparison.precautionsDiffer(a, b);
        boolean changed = precautions || Comparison.outcomeOrTechniquesDiffer(a, b);
        return new RowDiff(after.line(), clientId, before, after, changed, precautions,
                changed ? comparison.responsible(a, b) : List.of());
    }

    /** Whether the row is shown: it changed, or it is invalid under either rule set. */
    boolean reported() {
        return changed || before.invalid() || after.invalid();
    }

    /** The outcome as the summary counts it: {@code stm}, {@code refer (urgent)}, {@code invalid}. */
    static String label(RowResult row) {
        return row.recommendation().map(r -> r.outcome().id()
                + r.referral().map(x -> " (" + x.urgency().id() + ")").orElse("")).orElse("invalid");
    }

    /** The rank of a label, so that the summary lists transitions in a stable, readable order. */
    static int rank(String label) {
        List<String> order = List.of("massage", "stm", "refer (emergency)", "refer (urgent)", "refer (routine)",
                "incomplete", "invalid");
        return order.indexOf(label);
    }
}
