package org.triage.batch;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.triage.rules.Outcome;
import org.triage.rules.Urgency;

/** Counts of a batch run, for the summary on stderr. Holds no answers: only counts. */
public final class Summary {

    private final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    private final Map<Urgency, Long> urgencies = new EnumMap<>(Urgency.class);
    private long rows;
    private long invalid;
    private long nanos;

    void count(RowResult row) {
        count(Tally.of(row));
    }

    void count(Tally tally) {
        rows++;
        if (tally.invalid()) {
            invalid++;
        }
        if (tally.outcome() != null) {
            outcomes.merge(tally.outcome(), 1L, Long::sum);
        }
        if (tally.urgency() != null) {
            urgencies.merge(tally.urgency(), 1L, Long::sum);
        }
    }

    /**
     * What the summary counts of a row, without the row's result: rows waiting to be written keep only this
     * and their rendered output, so that memory holds little per row in flight.
     */
    record Tally(boolean invalid, Outcome outcome, Urgency urgency) {
        static Tally of(RowResult row) {
            Outcome outcome = row.recommendation().map(r -> r.outcome()).orElse(null);
            Urgency urgency = row.recommendation().flatMap(r -> r.referral()).map(r -> r.urgency()).orElse(null);
            return new Tally(row.invalid(), outcome, urgency);
        }
    }

    void elapsed(long nanos) {
        this.nanos = nanos;
    }

    public long rows() {
        return rows;
    }

    public long invalidRows() {
        return invalid;
    }

    public long outcome(Outcome o) {
        return outcomes.getOrDefault(o, 0L);
    }

    public long urgency(Urgency u) {
        return urgencies.getOrDefault(u, 0L);
    }

    /** A few lines for a person: the counts, the time taken and the throughput. */
    public String render() {
        double seconds = nanos / 1e9;
        long perSecond = seconds > 0 ? Math.round(rows / seconds) : rows;
        StringJoiner out = new StringJoiner(System.lineSeparator());
        out.add(String.format(Locale.ROOT, "triage batch: %d %s in %.2f s (%d rows/s)", rows, rows == 1 ? "row" : "rows",
                seconds, perSecond));
        StringJoiner o = new StringJoiner(", ", "  outcomes: ", "");
        for (Outcome x : Outcome.values()) {
            o.add(x.id() + " " + outcome(x));
        }
        out.add(o.toString());
        StringJoiner u = new StringJoiner(", ", "  referrals: ", "");
        for (Urgency x : Urgency.values()) {
            u.add(x.id() + " " + urgency(x));
        }
        out.add(u.toString());
        out.add("  invalid rows: " + invalid + (invalid == 0 ? "" : " (each has its line and the reason in the error column)"));
        return out.toString();
    }
}
