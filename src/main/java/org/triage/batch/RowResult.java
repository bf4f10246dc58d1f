package org.triage.batch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triage.engine.Recommendation;
import org.triage.engine.Verdict;

/**
 * The result of one input row: the engine's verdict, or the reasons the row is invalid. {@code resourceId} is the id
 * of a FHIR resource read from a line of NDJSON, when it has one.
 */
record RowResult(long line, String clientId, Optional<Verdict> verdict, List<CellError> errors,
                 Optional<String> resourceId) {

    RowResult {
        errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            verdict = Optional.empty();
        }
        java.util.Objects.requireNonNull(resourceId);
    }

    /** A row of a CSV file, which has no resource id. */
    RowResult(long line, String clientId, Optional<Verdict> verdict, List<CellError> errors) {
        this(line, clientId, verdict, errors, Optional.empty());
    }

    /** The full result (worked out on each call: a CSV row needs only the verdict). */
    Optional<Recommendation> recommendation() {
        return verdict.map(Verdict::recommendation);
    }

    boolean invalid() {
        return !errors.isEmpty();
    }

    /** Every error of the row on one line. */
    String errorText() {
        return errors.stream().map(CellError::render).collect(Collectors.joining(" | "));
    }
}
