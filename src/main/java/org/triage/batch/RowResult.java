package org.triage.batch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triage.engine.Recommendation;

/** The result of one input row: a recommendation, or the reasons the row is invalid. */
record RowResult(long line, String clientId, Optional<Recommendation> recommendation, List<CellError> errors) {

    RowResult {
        errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            recommendation = Optional.empty();
        }
    }

    boolean invalid() {
        return !errors.isEmpty();
    }

    /** Every error of the row on one line. */
    String errorText() {
        return errors.stream().map(CellError::render).collect(Collectors.joining(" | "));
    }
}
