package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
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
final class ErrorRows implements RowSink {

    private final Writer out;
    private final CsvWriter csv;

    ErrorRows(String fileName, Writer out) {
        String name = fileName.toLowerCase(Locale.ROOT);
        this.out = out;
        this.csv = name.endsWith(".jsonl") || name.endsWith(".json") ? null : CsvResults.writer(out);
        if (csv != null) {
            csv.writeRecord("line", "column", "value", "message");
        }
    }

    @Override
    public void write(RowResult row, Object rendered) throws IOException {
        for (CellError e : row.errors()) {
            if (csv != null) {
                csv.writeRecord(List.of(Long.toString(e.line()), e.column(), e.value(), e.messageWithFix()).stream()
                        .map(CsvResults::safe).toList());
            } else {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", e.line());
                m.put("column", e.column());
                m.put("value", e.value());
                m.put("message", e.messageWithFix());
                out.write(Json.write(m, 0));
                out.write('\n');
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (csv != null) {
            csv.flush();
        }
        out.flush();
    }
}
