package org.triage.report;

import java.util.List;

/**
 * The figures of one batch run, as the batch report shows them: counts only, never a row. {@code made} says when
 * the report was made, as a person reads it; {@code seconds} how long the run took.
 */
public record BatchFigures(String input, String made, double seconds, long rows, long invalidRows, List<Bar> outcomes,
                           List<Bar> urgencies, List<Bar> referralReasons, List<Bar> exclusions,
                           List<Bar> exclusionReasons, List<InvalidColumn> invalid, String rulesetVersion) {

    public BatchFigures {
        outcomes = List.copyOf(outcomes);
        urgencies = List.copyOf(urgencies);
        referralReasons = List.copyOf(referralReasons);
        exclusions = List.copyOf(exclusions);
        exclusionReasons = List.copyOf(exclusionReasons);
        invalid = List.copyOf(invalid);
    }

    /**
     * One bar of a chart: its label, what it stands for in words ({@code detail}, may be empty), the count, and the
     * tone it is drawn in (a class of the report's style, such as {@code refer} or {@code emergency}).
     */
    public record Bar(String label, String detail, long count, String tone) {
    }

    /** The invalid rows of one column: how many, and the lines of the first few. */
    public record InvalidColumn(String column, long count, List<Long> firstLines) {
        public InvalidColumn {
            firstLines = List.copyOf(firstLines);
        }
    }
}
