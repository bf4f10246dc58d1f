package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.triage.engine.Verdict;
import org.triage.rules.CompiledRules;
import org.triage.rules.Technique;

/**
 * The CSV result: {@code line, client_id, outcome, referral_urgency, techniques, excluded, reasons, error}.
 * Every cell is spreadsheet-safe: one that a spreadsheet would run as a formula gets a leading quote.
 */
final class CsvResults extends RowSink {

    static final List<String> HEADER = List.of("line", "client_id", "outcome", "referral_urgency", "techniques",
            "excluded", "reasons", "error");

    /** Between two reasons in the {@code reasons} cell. */
    private static final String BETWEEN_REASONS = " | ";
    private static final String NOT_ANSWERED = "not answered: ";

    private static final String HEADER_LINE = CsvCells.row(HEADER);

    /** The rules' sentences escaped, by their position in the rule set (filled as they are met). */
    private volatile Escaped escaped;

    private record Escaped(CompiledRules rules, CsvCells.Piece[] pieces) {
    }

    CsvResults(Writer out) throws IOException {
        super(out);
        write(HEADER_LINE);
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
            reasons(v, into);
            into.append(CsvCells.SEPARATOR);
        } else {
            into.append(",,,,,");
            CsvCells.appendSafe(into, row.errorText(), false);
        }
        into.append(CsvCells.END_OF_ROW);
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
     * A {@code reasons} cell of any sentences: joined with " | ", made safe and escaped as a whole. The cell is
     * quoted when any of its sentences needs it.
     */
    static void reasons(List<String> texts, StringBuilder into) {
        CsvCells.Piece[] pieces = new CsvCells.Piece[texts.size()];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = CsvCells.Piece.of(texts.get(i));
        }
        cell(pieces, pieces.length, into);
    }

    private static void cell(CsvCells.Piece[] pieces, int n, StringBuilder into) {
        if (n == 0) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < n; i++) {
            quote |= pieces[i].quote();
        }
        if (quote) {
            into.append(CsvCells.QUOTE);
        }
        String first = pieces[0].escaped(); // escaping only doubles quotes: the first character is the text's own
        if (!first.isEmpty() && CsvCells.formulaStart(first.charAt(0))) {
            into.append('\'');
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                into.append(BETWEEN_REASONS);
            }
            into.append(pieces[i].escaped());
        }
        if (quote) {
            into.append(CsvCells.QUOTE);
        }
    }

    /**
     * The reasons cell of a verdict: the reasons for the referral (the most urgent first), the answers missing,
     * the techniques given and those ruled out, each sentence once, in that order, as the full result says them.
     * The rules' sentences are escaped once per run, by their position.
     */
    private void reasons(Verdict v, StringBuilder into) {
        CompiledRules c = v.ruleSet().compiled();
        Escaped cache = escaped;
        if (cache == null || cache.rules() != c) {
            cache = new Escaped(c, new CsvCells.Piece[c.textCount()]);
            escaped = cache;
        }
        CsvCells.Piece[] known = cache.pieces();
        boolean[] seen = new boolean[c.textCount()];
        CsvCells.Piece[] pieces = new CsvCells.Piece[c.textCount() + 1];
        int n = 0;
        String missing = v.missing().isEmpty() ? null : NOT_ANSWERED + String.join(", ", v.missing());
        int[] found = new int[v.firedCount()];
        for (int i = 0, m = v.referralRules(found); i < m; i++) {
            n = add(pieces, n, seen, known, c, found[i], missing);
        }
        if (missing != null && !contains(pieces, n, missing)) {
            pieces[n++] = CsvCells.Piece.of(missing);
        }
        for (boolean excluded : BOTH) {
            for (int k = 0; k < v.ruleSet().techniques().size(); k++) {
                if (excluded ? v.excluded(k) : v.given(k)) {
                    for (int i = 0, m = v.rulesFor(k, excluded, found); i < m; i++) {
                        n = add(pieces, n, seen, known, c, found[i], missing);
                    }
                }
            }
        }
        cell(pieces, n, into);
    }

    private static final boolean[] BOTH = {false, true};

    /** Adds a rule's sentence unless it is there already (or is the missing answers' text, already there). */
    private static int add(CsvCells.Piece[] pieces, int n, boolean[] seen, CsvCells.Piece[] known, CompiledRules c,
                           int rule, String missing) {
        int id = c.textOf(rule);
        if (seen[id]) {
            return n;
        }
        seen[id] = true;
        String text = c.text(id);
        if (text.equals(missing)) {
            return n;
        }
        CsvCells.Piece p = known[id];
        if (p == null) {
            p = CsvCells.Piece.of(text);
            known[id] = p; // a race only escapes a sentence twice: the pieces are equal
        }
        pieces[n] = p;
        return n + 1;
    }

    /** Whether the missing answers' text is among the sentences (the escaped form of a text without quotes is itself). */
    private static boolean contains(CsvCells.Piece[] pieces, int n, String text) {
        String escaped = CsvCells.Piece.of(text).escaped();
        for (int i = 0; i < n; i++) {
            if (pieces[i].escaped().equals(escaped)) {
                return true;
            }
        }
        return false;
    }
}
