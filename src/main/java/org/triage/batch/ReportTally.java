package org.triage.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triage.engine.Verdict;

/**
 * What the batch report shows beyond the summary's counts, counted row by row while the batch streams, so that the
 * report is made from counts, never from rows: referrals by the rule behind them, exclusions by technique and by the
 * rule behind them, and invalid rows by column with the first lines. One per chunk, on the thread that evaluates it;
 * the chunks' tallies are added up in input order, so the first lines stay the first.
 */
final class ReportTally {

    /** How many line numbers are kept per column of invalid rows. */
    static final int FIRST_LINES = 5;
    /** The name shown for an error about a whole row (the wrong number of fields), which has no column. */
    static final String WHOLE_ROW = "(whole row)";

    private final long[] referralsByRule;
    private final long[] exclusionsByTechnique;
    private final long[] exclusionsByRule;
    private final Map<String, Column> invalidByColumn = new LinkedHashMap<>();
    /** Room for the rules that fired in a row, and by rule the last row that counted it (each counts once a row). */
    private final int[] rules;
    private final long[] lastRow;
    private long row;

    /** Invalid rows of one column: how many, and the lines of the first few. */
    static final class Column {
        private long count;
        private final List<Long> firstLines = new ArrayList<>(FIRST_LINES);

        long count() {
            return count;
        }

        List<Long> firstLines() {
            return firstLines;
        }

        private void add(long line) {
            count++;
            if (firstLines.size() < FIRST_LINES && !firstLines.contains(line)) {
                firstLines.add(line);
            }
        }
    }

    ReportTally(int ruleCount, int techniqueCount) {
        referralsByRule = new long[ruleCount];
        exclusionsByRule = new long[ruleCount];
        exclusionsByTechnique = new long[techniqueCount];
        rules = new int[ruleCount];
        lastRow = new long[ruleCount];
        java.util.Arrays.fill(lastRow, -1);
    }

    void count(RowResult result) {
        row++;
        for (CellError e : result.errors()) {
            invalidByColumn.computeIfAbsent(e.column().isEmpty() ? WHOLE_ROW : e.column(), c -> new Column()).add(e.line());
        }
        result.verdict().ifPresent(this::count);
    }

    private void count(Verdict v) {
        if (v.urgency().isPresent()) {
            // a referral rules out every technique for its own reasons: counted as the referral, not as exclusions
            int n = v.referralRules(rules);
            for (int i = 0; i < n; i++) {
                referralsByRule[rules[i]]++;
            }
            return;
        }
        for (int k = 0; k < exclusionsByTechnique.length; k++) {
            if (v.excluded(k)) {
                exclusionsByTechnique[k]++;
                int n = v.rulesFor(k, true, rules);
                for (int i = 0; i < n; i++) {
                    if (lastRow[rules[i]] != row) {
                        lastRow[rules[i]] = row;
                        exclusionsByRule[rules[i]]++;
                    }
                }
            }
        }
    }

    void add(ReportTally other) {
        for (int i = 0; i < referralsByRule.length; i++) {
            referralsByRule[i] += other.referralsByRule[i];
            exclusionsByRule[i] += other.exclusionsByRule[i];
        }
        for (int k = 0; k < exclusionsByTechnique.length; k++) {
            exclusionsByTechnique[k] += other.exclusionsByTechnique[k];
        }
        other.invalidByColumn.forEach((column, counts) -> {
            Column mine = invalidByColumn.computeIfAbsent(column, c -> new Column());
            mine.count += counts.count;
            for (long line : counts.firstLines) {
                if (mine.firstLines.size() < FIRST_LINES && !mine.firstLines.contains(line)) {
                    mine.firstLines.add(line);
                }
            }
        });
    }

    long referrals(int rule) {
        return referralsByRule[rule];
    }

    long exclusions(int rule) {
        return exclusionsByRule[rule];
    }

    long excludedTechnique(int k) {
        return exclusionsByTechnique[k];
    }

    Map<String, Column> invalidByColumn() {
        return invalidByColumn;
    }
}
