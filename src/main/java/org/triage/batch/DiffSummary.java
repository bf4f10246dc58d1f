package org.triage.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a rules diff: intakes read, changed, those of them whose precautions changed, invalid, and changes
 * by old and new outcome.
 */
public final class DiffSummary {

    /** How many changed intakes went from one outcome to another ({@code stm} to {@code stm} too). */
    public record Transition(String before, String after, long intakes) {
    }

    private final Map<List<String>, Long> transitions = new HashMap<>();
    private long intakes;
    private long changed;
    private long precautionsChanged;
    private long invalidBefore;
    private long invalidAfter;
    private long invalid;

    void count(RowDiff row) {
        intakes++;
        invalidBefore += row.before().invalid() ? 1 : 0;
        invalidAfter += row.after().invalid() ? 1 : 0;
        invalid += row.before().invalid() || row.after().invalid() ? 1 : 0;
        if (row.changed()) {
            changed++;
            precautionsChanged += row.precautionsChanged() ? 1 : 0;
            transitions.merge(List.of(RowDiff.label(row.before()), RowDiff.label(row.after())), 1L, Long::sum);
        }
    }

    public long intakes() {
        return intakes;
    }

    public long changed() {
        return changed;
    }

    /** Changed intakes whose precautions differ (whatever else changed). */
    public long precautionsChanged() {
        return precautionsChanged;
    }

    /** Intakes invalid under either rule set. */
    public long invalid() {
        return invalid;
    }

    public long invalidBefore() {
        return invalidBefore;
    }

    public long invalidAfter() {
        return invalidAfter;
    }

    /** The transitions in outcome order: massage, stm, refer by urgency, incomplete, invalid. */
    public List<Transition> transitions() {
        List<Transition> out = new ArrayList<>();
        transitions.forEach((k, n) -> out.add(new Transition(k.get(0), k.get(1), n)));
        out.sort(Comparator.comparingInt((Transition t) -> RowDiff.rank(t.before()))
                .thenComparingInt(t -> RowDiff.rank(t.after())));
        return out;
    }
}
