package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.triage.engine.Verdict;
import org.triage.rules.CompiledRules;
import org.triage.rules.Technique;
import org.triage.rules.Urgency;

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
        if (row.verdict().isPresent()) {
            Verdict v = row.verdict().get();
            CsvCells.appendSafe(into, v.outcome().id(), false);
            into.append(CsvCells.SEPARATOR);
            if (v.urgency().isPresent()) {
                CsvCells.appendSafe(into, v.urgency().get().id(), false);
            }
            into.append(CsvCells.SEPARATOR);
            ids(v, false, into);
            into.append(CsvCells.SEPARATOR);
            ids(v, true, into);
            into.append(CsvCells.SEPARATOR);
            reasons(texts(v), into);
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

    /** The ids of the techniques given (or ruled out) joined with ';', as one cell. */
    private static void ids(Verdict v, boolean excluded, StringBuilder into) {
        int start = into.length();
        List<Technique> techniques = v.ruleSet().techniques();
        for (int k = 0; k < techniques.size(); k++) {
            if (excluded ? v.excluded(k) : v.given(k)) {
                if (into.length() > start) {
                    into.append(';');
                }
                into.append(techniques.get(k).id());
            }
        }
        CsvCells.finishSafe(into, start, false);
    }

    /**
     * The {@code reasons} cell: the {@link #texts} joined with " | ", made safe and escaped as a whole, from the
     * rules' sentences escaped once. The cell is quoted when any of its texts needs it.
     */
    static void reasons(List<String> texts, StringBuilder into) {
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

    /**
     * The reasons for the referral (the most urgent first), the answers missing, the techniques given and those
     * ruled out, each sentence once, in that order: what the full result says, without working it out.
     */
    static List<String> texts(Verdict v) {
        CompiledRules c = v.ruleSet().compiled();
        boolean[] seen = new boolean[c.textCount()];
        List<String> texts = new ArrayList<>(8);
        String missing = v.missing().isEmpty() ? null : NOT_ANSWERED + String.join(", ", v.missing());
        if (v.urgency().isPresent()) {
            for (Urgency u : URGENCIES) {
                for (int i = 0; i < v.firedCount(); i++) {
                    if (c.refer(v.fired(i)) == u) {
                        add(texts, seen, c, v.fired(i), missing);
                    }
                }
            }
        }
        if (missing != null && !texts.contains(missing)) {
            texts.add(missing);
        }
        for (boolean excluded : BOTH) {
            for (int k = 0; k < v.ruleSet().techniques().size(); k++) {
                if (excluded ? v.excluded(k) : v.given(k)) {
                    for (int i = 0; i < v.firedCount(); i++) {
                        if (c.targets(v.fired(i), k, excluded)) {
                            add(texts, seen, c, v.fired(i), missing);
                        }
                    }
                }
            }
        }
        return texts;
    }

    private static final Urgency[] URGENCIES = Urgency.values();
    private static final boolean[] BOTH = {false, true};

    /** Adds a rule's sentence unless it is there already. */
    private static void add(List<String> texts, boolean[] seen, CompiledRules c, int rule, String missing) {
        int id = c.textOf(rule);
        if (!seen[id]) {
            seen[id] = true;
            String text = c.text(id);
            if (!text.equals(missing)) {
                texts.add(text);
            }
        }
    }
}
