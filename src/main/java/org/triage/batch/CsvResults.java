package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
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

    /** Between two reasons in the {@code reasons} cell. */
    private static final String BETWEEN_REASONS = " | ";
    private static final String NOT_ANSWERED = "not answered: ";

    private static final String HEADER_LINE = CsvCells.row(HEADER);

    private final Writer out;

    CsvResults(Writer out) throws IOException {
        this.out = out;
        out.write(HEADER_LINE);
    }

    /** The CSV writer for files written by FastCSV itself (the sample intakes); results use {@link CsvCells}. */
    static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(1 << 16).build(out);
    }

    @Override
    public void render(RowResult row, StringBuilder into) {
        if (row.line() >= 0) {
            into.append(row.line()); // digits only: nothing to quote or neutralise
        } else {
            CsvCells.appendSafe(into, Long.toString(row.line()), true);
        }
        into.append(CsvCells.SEPARATOR);
        CsvCells.appendSafe(into, row.clientId(), false);
        into.append(CsvCells.SEPARATOR);
        if (row.recommendation().isPresent()) {
            Recommendation r = row.recommendation().get();
            CsvCells.appendSafe(into, r.outcome().id(), false);
            into.append(CsvCells.SEPARATOR);
            if (r.referral().isPresent()) {
                CsvCells.appendSafe(into, r.referral().get().urgency().id(), false);
            }
            into.append(CsvCells.SEPARATOR);
            ids(r.techniques(), into);
            into.append(CsvCells.SEPARATOR);
            ids(r.excluded(), into);
            into.append(CsvCells.SEPARATOR);
            reasons(r, into);
            into.append(CsvCells.SEPARATOR);
        } else {
            into.append(",,,,,");
            CsvCells.appendSafe(into, row.errorText(), false);
        }
        into.append(CsvCells.END_OF_ROW);
    }

    @Override
    public void write(String text) throws IOException {
        out.write(text);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** The ids joined with ';', as one cell. */
    private static void ids(List<TechniqueResult> list, StringBuilder into) {
        int start = into.length();
        for (int i = 0; i < list.size(); i++) {
            if (into.length() > start) {
                into.append(';');
            }
            into.append(list.get(i).technique().id());
        }
        CsvCells.finishSafe(into, start, false);
    }

    /**
     * The {@code reasons} cell: the {@link #texts} joined with " | ", made safe and escaped as a whole, from the
     * rules' sentences escaped once. The cell is quoted when any of its texts needs it.
     */
    private static void reasons(Recommendation r, StringBuilder into) {
        List<String> texts = texts(r);
        if (texts.isEmpty()) {
            return;
        }
        List<CsvCells.Piece> pieces = new ArrayList<>(texts.size());
        boolean quote = false;
        for (String text : texts) {
            CsvCells.Piece p = text.startsWith(NOT_ANSWERED) ? CsvCells.Piece.of(text) : CsvCells.piece(text);
            quote |= p.quote();
            pieces.add(p);
        }
        if (quote) {
            into.append(CsvCells.QUOTE);
        }
        String first = texts.get(0);
        if (!first.isEmpty() && CsvCells.formulaStart(first.charAt(0))) {
            into.append('\'');
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                into.append(BETWEEN_REASONS);
            }
            into.append(pieces.get(i).escaped());
        }
        if (quote) {
            into.append(CsvCells.QUOTE);
        }
    }

    /** The reasons for the referral, the techniques given and those ruled out, each once, in that order. */
    private static List<String> texts(Recommendation r) {
        List<String> texts = new ArrayList<>(8);
        if (r.referral().isPresent()) {
            addAll(texts, r.referral().get().because());
        }
        if (!r.missing().isEmpty()) {
            add(texts, NOT_ANSWERED + String.join(", ", r.missing()));
        }
        for (TechniqueResult t : r.techniques()) {
            addAll(texts, t.because());
        }
        for (TechniqueResult t : r.excluded()) {
            addAll(texts, t.because());
        }
        return texts;
    }

    private static void addAll(List<String> texts, List<Reason> because) {
        for (int i = 0; i < because.size(); i++) {
            add(texts, because.get(i).text());
        }
    }

    /** Adds a text not there yet: a few per row, so a list is quicker than a set. */
    private static void add(List<String> texts, String text) {
        if (!texts.contains(text)) {
            texts.add(text);
        }
    }
}
