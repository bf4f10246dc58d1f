package org.triage.batch;

import java.util.Locale;
import java.util.StringJoiner;
import org.triage.rules.Outcome;
import org.triage.rules.Urgency;

/** Counts of a batch run, for the summary on stderr. Holds no answers: only counts. */
public final class Summary {

    private final Tally total;
    private final int ruleCount;
    private final int techniqueCount;
    private long nanos;

    /** With {@code forReport}, the counts the batch report shows are kept too, for a rule set of these sizes. */
    Summary(boolean forReport, int ruleCount, int techniqueCount) {
        this.ruleCount = forReport ? ruleCount : -1;
        this.techniqueCount = techniqueCount;
        this.total = newTally();
    }

    /** A tally for a chunk of rows, counting what this summary keeps. */
    Tally newTally() {
        return new Tally(ruleCount < 0 ? null : new ReportTally(ruleCount, techniqueCount));
    }

    /** Adds the counts of a chunk of rows. */
    void add(Tally tally) {
        total.add(tally);
    }

    /** The counts the batch report shows; empty unless they were asked for. */
    java.util.Optional<ReportTally> forReport() {
        return java.util.Optional.ofNullable(total.report);
    }

    /**
     * The counts of some rows (a chunk, counted on the thread that evaluates it): what the summary needs of a
     * row, without the row's result, so that rows waiting to be written hold little memory.
     */
    static final class Tally {
        private static final Outcome[] OUTCOMES = Outcome.values();
        private static final Urgency[] URGENCIES = Urgency.values();

        private final long[] outcomes = new long[OUTCOMES.length];
        private final long[] urgencies = new long[URGENCIES.length];
        /** Null when there is no report to make: the summary's own counts cost next to nothing. */
        private final ReportTally report;
        private long rows;
        private long invalid;

        private Tally(ReportTally report) {
            this.report = report;
        }

        void count(RowResult row) {
            if (report != null) {
                report.count(row);
            }
            rows++;
            if (row.invalid()) {
                invalid++;
            }
            if (row.verdict().isPresent()) {
                var v = row.verdict().get();
                outcomes[v.outcome().ordinal()]++;
                v.urgency().ifPresent(u -> urgencies[u.ordinal()]++);
            }
        }

        void add(Tally other) {
            if (report != null) {
                report.add(other.report);
            }
            rows += other.rows;
            invalid += other.invalid;
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] += other.outcomes[i];
            }
            for (int i = 0; i < urgencies.length; i++) {
                urgencies[i] += other.urgencies[i];
            }
        }
    }

    void elapsed(long nanos) {
        this.nanos = nanos;
    }

    /** How long the run took, in seconds. */
    public double seconds() {
        return nanos / 1e9;
    }

    public long rows() {
        return total.rows;
    }

    public long invalidRows() {
        return total.invalid;
    }

    public long outcome(Outcome o) {
        return total.outcomes[o.ordinal()];
    }

    public long urgency(Urgency u) {
        return total.urgencies[u.ordinal()];
    }

    /** A few lines for a person: the counts, the time taken and the throughput. */
    public String render() {
        double seconds = nanos / 1e9;
        long rows = rows();
        long invalid = invalidRows();
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
        out.add("  invalid rows: " + invalid + (invalid == 0 ? "" : " (each written with its line and the reason)"));
        return out.toString();
    }
}
