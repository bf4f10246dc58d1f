package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triage.engine.Recommendation;
import org.triage.engine.TechniqueResult;

/**
 * The CSV result: {@code line, client_id, outcome, referral_urgency, techniques, excluded, reasons, error}.
 * Every cell is spreadsheet-safe: one that a spreadsheet would run as a formula gets a leading quote.
 */
final class CsvResults implements RowSink {

    static final List<String> HEADER = List.of("line", "client_id", "outcome", "referral_urgency", "techniques",
            "excluded", "reasons", "error");

    private final CsvWriter csv;

    CsvResults(Writer out) {
        this.csv = writer(out);
        csv.writeRecord(HEADER);
    }

    static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(1 << 16).build(out);
    }

    @Override
    public Object render(RowResult row) {
        String[] cells = new String[HEADER.size()];
        cells[0] = Long.toString(row.line());
        cells[1] = row.clientId();
        if (row.recommendation().isPresent()) {
            Recommendation r = row.recommendation().get();
            cells[2] = r.outcome().id();
            cells[3] = r.referral().map(ref -> ref.urgency().id()).orElse("");
            cells[4] = ids(r.techniques());
            cells[5] = ids(r.excluded());
            cells[6] = reasons(r);
            cells[7] = "";
        } else {
            java.util.Arrays.fill(cells, 2, 7, "");
            cells[7] = row.errorText();
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = safe(cells[i]);
        }
        return cells;
    }

    @Override
    public void write(RowResult row, Object rendered) {
        csv.writeRecord((String[]) (rendered == null ? render(row) : rendered));
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    /** Neutralises a cell that a spreadsheet would take for a formula. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String ids(List<TechniqueResult> list) {
        StringBuilder sb = new StringBuilder();
        for (TechniqueResult t : list) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(t.technique().id());
        }
        return sb.toString();
    }

    /** The reasons for the referral, the techniques given and those ruled out, each once, in that order. */
    static String reasons(Recommendation r) {
        Set<String> texts = new LinkedHashSet<>();
        r.referral().ifPresent(ref -> ref.because().forEach(b -> texts.add(b.text())));
        if (!r.missing().isEmpty()) {
            texts.add("not answered: " + String.join(", ", r.missing()));
        }
        for (List<TechniqueResult> list : List.of(r.techniques(), r.excluded())) {
            for (TechniqueResult t : list) {
                t.because().forEach(b -> texts.add(b.text()));
            }
        }
        return String.join(" | ", texts);
    }
}
