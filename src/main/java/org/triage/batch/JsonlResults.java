package org.triage.batch;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triage.report.Json;
import org.triage.report.JsonReport;

/**
 * JSON Lines: per row the contract's JSON object, with the row's {@code line} and {@code error}; read from FHIR
 * resources, also {@code resource_id}, the id of the QuestionnaireResponse the row is for.
 */
final class JsonlResults extends RowSink {

    private final boolean resources;

    JsonlResults(Writer out, boolean resources) {
        super(out);
        this.resources = resources;
    }

    @Override
    void render(RowResult row, Utf8Buffer into) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", row.line());
        if (resources) {
            m.put("resource_id", row.resourceId().orElse(null));
        }
        if (row.recommendation().isPresent()) {
            m.putAll(JsonReport.toMap(row.recommendation().get(), false));
            m.put("error", null);
        } else {
            m.put("client_id", row.clientId().isEmpty() ? null : row.clientId());
            m.put("outcome", null);
            m.put("error", row.errorText());
        }
        into.append(Json.write(m, 0)).append('\n');
    }


}
