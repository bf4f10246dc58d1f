package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.triage.engine.Reason;
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
    public void write(RowResult row) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(Long.toString(row.line()));
        cells.add(row.clientId());
        if (row.recommendation().isPresent()) {
            Recommendation r = row.recommendation().get();
            cells.add(r.outcome().id());
            cells.add(r.referral().map(ref -> ref.urgency().id()).orElse(""));
            cells.add(ids(r.techniques()));
            cells.add(ids(r.excluded()));
            cells.add(reasons(r));
            cells.add("");
        } else {
            cells.addAll(List.of("", "", "", "", "", row.errorText()));
        }
        csv.writeRecord(cells.stream().map(CsvResults::safe).toList());
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
        return list.stream().map(t -> t.technique().id()).collect(Collectors.joining(";"));
    }

    /** The reasons for the referral, the techniques given and those ruled out, each once, in that order. */
    static String reasons(Recommendation r) {
        Set<String> texts = new LinkedHashSet<>();
        r.referral().ifPresent(ref -> ref.because().forEach(b -> texts.add(b.text())));
        if (!r.missing().isEmpty()) {
            texts.add("not answered: " + String.join(", ", r.missing()));
        }
        Stream.concat(r.techniques().stream(), r.excluded().stream())
                .flatMap(t -> t.because().stream()).map(Reason::text).forEach(texts::add);
        return String.join(" | ", texts);
    }
}
