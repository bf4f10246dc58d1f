package org.triage.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triage.report.Json;

/**
 * The {@code --errors} file: one entry per problem of an invalid row ({@code line, column, value, message}),
 * as JSON Lines when the file name ends in .jsonl or .json, otherwise as CSV.
 */
final class ErrorRows extends RowSink {

    private static final List<String> HEADER = List.of("line", "column", "value", "message");

    private final boolean csv;

    ErrorRows(String fileName, Writer out) throws IOException {
        super(out, fileName);
        String name = fileName.toLowerCase(Locale.ROOT);
        this.csv = !(name.endsWith(".jsonl") || name.endsWith(".json"));
        if (csv) {
            write(CsvCells.row(HEADER));
        }
    }

    @Override
    void render(RowResult row, Utf8Buffer into) {
        for (CellError e : row.errors()) {
            if (csv) {
                CsvCells.appendSafeRow(into, List.of(Long.toString(e.line()), e.column(), e.value(), e.messageWithFix()));
            } else {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", e.line());
                m.put("column", e.column());
                m.put("value", e.value());
                m.put("message", e.messageWithFix());
                into.append(Json.write(m, 0)).append('\n');
            }
        }
    }


}
