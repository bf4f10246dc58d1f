package org.triage.batch;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triage.report.Json;
import org.triage.report.JsonReport;

/** JSON Lines: per row the contract's JSON object, with the row's {@code line} and {@code error}. */
final class JsonlResults extends RowSink {


    JsonlResults(Writer out) {
        super(out);
    }

    @Override
    void render(RowResult row, Utf8Buffer into) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", row.line());
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
