package org.triage.batch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.triage.engine.Recommendation;
import org.triage.engine.Verdict;
import org.triage.fhir.Origin;

/**
 * The result of one input row: the engine's verdict, or the reasons the row is invalid. {@code origin} is what a FHIR
 * resource read from a line of NDJSON says about itself (its id, subject and encounter).
 */
record RowResult(long line, String clientId, Optional<Verdict> verdict, List<CellError> errors, Origin origin) {

    RowResult {
        errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            verdict = Optional.empty();
        }
        java.util.Objects.requireNonNull(origin);
    }

    /** A row of a CSV file, which has no resource id. */
    RowResult(long line, String clientId, Optional<Verdict> verdict, List<CellError> errors) {
        this(line, clientId, verdict, errors, Origin.NONE);
    }

    /** The id of the FHIR resource the row was read from, when it has one. */
    Optional<String> resourceId() {
        return origin.id();
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
