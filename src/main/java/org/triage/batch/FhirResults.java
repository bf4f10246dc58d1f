package org.triage.batch;

import java.io.Writer;
import org.triage.fhir.FhirNames;
import org.triage.fhir.GuidanceResult;
import org.triage.fhir.InvalidResult;

/**
 * FHIR NDJSON: per row one resource on one line, a GuidanceResponse for a result and an OperationOutcome for an
 * invalid row, each with the row's line and the id of the resource it was read from.
 */
final class FhirResults extends RowSink {

    private final FhirNames names;

    FhirResults(Writer out, FhirNames names) {
        super(out);
        this.names = names;
    }

    @Override
    void render(RowResult row, Utf8Buffer into) {
        GuidanceResult.Source source = new GuidanceResult.Source(row.line(), row.origin());
        String line = row.recommendation().isPresent()
                ? GuidanceResult.render(row.recommendation().get(), names, source)
                : InvalidResult.render(source, row.errors().stream().map(CellError::render).toList());
        into.append(line).append('\n');
    }
}
