package org.triage.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.triage.engine.Verdict;
import org.triage.rules.CompiledRules;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * The CSV result: {@code line, client_id, outcome, referral_urgency, techniques, excluded, reasons, error}; read from
 * FHIR resources, also {@code resource_id}, the id of the QuestionnaireResponse each row is for.
 * Every cell is spreadsheet-safe: one that a spreadsheet would run as a formula gets a leading quote.
 */
final class CsvResults extends RowSink {

    static final List<String> HEADER = List.of("line", "client_id", "outcome", "referral_urgency", "techniques",
            "excluded", "reasons", "error");

    /** Between two reasons in the {@code reasons} cell. */
    private static final byte[] BETWEEN_REASONS = CsvCells.utf8(" | ");
    private static final String NOT_ANSWERED = "not answered: ";
    /** By ordinal: the ids, encoded. */
    private static final byte[][] OUTCOMES = Arrays.stream(Outcome.values()).map(o -> CsvCells.utf8(o.id()))
            .toArray(byte[][]::new);
    private static final String[] URGENCY_IDS = Arrays.stream(Urgency.values()).map(Urgency::id).toArray(String[]::new);
    private static final byte[][] URGENCIES = Arrays.stream(URGENCY_IDS).map(CsvCells::utf8).toArray(byte[][]::new);

    private static final String HEADER_LINE = CsvCells.row(HEADER);

    /** What a rule set's rows are made of, encoded and escaped once: kept for the last rule set met. */
    private volatile Encoded encoded;

    /**
     * The rules' distinct sentences escaped, by position; by rule, the sentence of a referral rule as a reason of a
     * less urgent referral ({@code [also, routine] ...}, null for a rule that does not refer); the technique ids.
     */
    private record Encoded(CompiledRules rules, CsvCells.Piece[] texts, CsvCells.Piece[] also, byte[][] techniques) {
        static Encoded of(RuleSet ruleSet) {
            CompiledRules c = ruleSet.compiled();
            CsvCells.Piece[] texts = new CsvCells.Piece[c.textCount()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = CsvCells.Piece.of(c.text(i));
            }
            CsvCells.Piece[] also = new CsvCells.Piece[ruleSet.rules().size()];
            for (int r = 0; r < also.length; r++) {
                int level = c.referralLevel(r);
                if (level != CompiledRules.NO_REFERRAL) {
                    also[r] = CsvCells.Piece.of("[also, " + URGENCY_IDS[level] + "] " + c.text(c.textOf(r)));
                }
            }
            byte[][] techniques = new byte[ruleSet.techniques().size()][];
            for (int k = 0; k < techniques.length; k++) {
                techniques[k] = CsvCells.utf8(ruleSet.techniques().get(k).id());
            }
            return new Encoded(c, texts, also, techniques);
        }
    }

    private final boolean resources;

    CsvResults(Writer out, boolean resources) throws IOException {
        super(out);
        this.resources = resources;
        write(resources ? CsvCells.row(java.util.stream.Stream.concat(HEADER.stream(), java.util.stream.Stream.of(
                "resource_id")).toList()) : HEADER_LINE);
    }

    /** The CSV writer for files written by FastCSV itself (the sample intakes); results use {@link CsvCells}. */
    static CsvWriter writer(Writer out) {
        return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(1 << 16).build(out);
    }

    @Override
    void render(RowResult row, Utf8Buffer into) {
        int start = into.length();
        into.append(row.line());
        CsvCells.finishSafe(into, start, true); // a negative line number (only in tests) starts with '-'
        into.append(CsvCells.SEPARATOR);
        CsvCells.appendSafe(into, row.clientId(), false);
        into.append(CsvCells.SEPARATOR);
        if (row.verdict().isPresent()) {
            verdict(row.verdict().get(), into);
        } else {
            into.append(",,,,,");
            CsvCells.appendSafe(into, row.errorText(), false);
        }
        if (resources) {
            into.append(CsvCells.SEPARATOR);
            CsvCells.appendSafe(into, row.resourceId().orElse(""), false);
        }
        into.append(CsvCells.END_OF_ROW);
    }

    /** The cells from {@code outcome} to the empty {@code error}, each of them safe as it is. */
    private void verdict(Verdict v, Utf8Buffer into) {
        Encoded e = encoded(v.ruleSet());
        into.append(OUTCOMES[v.outcome().ordinal()]).append(CsvCells.SEPARATOR);
        if (v.urgency().isPresent()) {
            into.append(URGENCIES[v.urgency().get().ordinal()]);
        }
        into.append(CsvCells.SEPARATOR);
        ids(v, false, e, into);
        into.append(CsvCells.SEPARATOR);
        ids(v, true, e, into);
        into.append(CsvCells.SEPARATOR);
        reasons(v, e, into);
        into.append(CsvCells.SEPARATOR);
    }

    private Encoded encoded(RuleSet ruleSet) {
        Encoded e = encoded;
        if (e == null || e.rules() != ruleSet.compiled()) {
            e = Encoded.of(ruleSet);
            encoded = e; // a race only encodes a rule set twice: the results are equal
        }
        return e;
    }

    /** The ids of the techniques given (or ruled out: with a referral, every one) joined with ';', as one cell. */
    private static void ids(Verdict v, boolean excluded, Encoded e, Utf8Buffer into) {
        int start = into.length();
        for (int k = 0; k < e.techniques().length; k++) {
            if (excluded ? v.excluded(k) : v.given(k)) {
                if (into.length() > start) {
                    into.append(';');
                }
                into.append(e.techniques()[k]);
            }
        }
        CsvCells.finishSafe(into, start, false);
    }

    /**
     * A {@code reasons} cell of any sentences: joined with " | ", made safe and escaped as a whole. The cell is
     * quoted when any of its sentences needs it.
     */
    static void reasons(List<String> texts, Utf8Buffer into) {
        Cell cell = new Cell(into);
        for (String text : texts) {
            cell.add(CsvCells.Piece.of(text));
        }
        cell.close();
    }

    /**
     * A reasons cell written as its sentences come. It opens with a double quote, as most reasons cells hold a
     * comma; closing it removes that quote when no sentence needed it.
     */
    private static final class Cell {
        private final Utf8Buffer into;
        private final int start;
        private boolean empty = true;
        private boolean quote;

        Cell(Utf8Buffer into) {
            this.into = into;
            this.start = into.length();
            into.append(CsvCells.QUOTE);
        }

        void add(CsvCells.Piece piece) {
            if (empty) {
                empty = false;
                if (piece.formula()) {
                    into.append('\'');
                }
            } else {
                into.append(BETWEEN_REASONS);
            }
            into.append(piece.escaped());
            quote |= piece.quote();
        }

        void close() {
            if (empty) {
                into.truncate(start);
            } else if (quote) {
                into.append(CsvCells.QUOTE);
            } else {
                into.removeAt(start);
            }
        }
    }

    /**
     * The reasons cell of a verdict: the reasons for the referral, then those of the less urgent referral rules that
     * fired too (each marked {@code [also, urgency]}), the answers missing, the techniques given and those ruled out,
     * each sentence once, in that order, as the full result says them. A referral rules out every technique for its
     * own reasons, which are said first.
     */
    private static void reasons(Verdict v, Encoded e, Utf8Buffer into) {
        CompiledRules c = e.rules();
        long[] seen = new long[CompiledRules.words(c.textCount())];
        Cell cell = new Cell(into);
        String missing = v.missing().isEmpty() ? null : NOT_ANSWERED + String.join(", ", v.missing());
        int[] found = new int[v.firedCount()];
        for (int i = 0, m = v.referralRules(found); i < m; i++) {
            add(cell, seen, e, found[i], null, false);
        }
        boolean missingSaid = missing != null && contains(c, seen, missing); // a marked sentence is another text
        for (int i = 0, m = v.lessUrgentReferralRules(found); i < m; i++) {
            add(cell, seen, e, found[i], null, true);
        }
        if (missing != null && !missingSaid) {
            cell.add(CsvCells.Piece.of(missing));
        }
        if (v.outcome() != Outcome.REFER) { // a referral rules out every technique for its own reasons, said above
            techniqueReasons(v, e, cell, seen, found, missing);
        }
        cell.close();
    }

    /** The sentences of the rules behind the techniques given, then behind those ruled out, each once. */
    private static void techniqueReasons(Verdict v, Encoded e, Cell cell, long[] seen, int[] found, String missing) {
        for (int x = 0; x < 2; x++) {
            boolean excluded = x == 1;
            for (int k = 0; k < e.techniques().length; k++) {
                if (excluded ? v.excluded(k) : v.given(k)) {
                    for (int i = 0, m = v.rulesFor(k, excluded, found); i < m; i++) {
                        add(cell, seen, e, found[i], missing, false);
                    }
                }
            }
        }
    }

    /**
     * Adds a rule's sentence ({@code also}: marked as a less urgent referral's) unless it is there already (or is
     * {@code missing}, the missing answers' text, there already).
     */
    private static void add(Cell cell, long[] seen, Encoded e, int rule, String missing, boolean also) {
        int id = e.rules().textOf(rule);
        if ((seen[id >> 6] & 1L << id) != 0) {
            return;
        }
        seen[id >> 6] |= 1L << id;
        if (missing != null && e.rules().text(id).equals(missing)) {
            return;
        }
        cell.add(also ? e.also()[rule] : e.texts()[id]);
    }

    /** Whether the missing answers' text is among the sentences seen. */
    private static boolean contains(CompiledRules c, long[] seen, String text) {
        for (int id = 0; id < c.textCount(); id++) {
            if ((seen[id >> 6] & 1L << id) != 0 && c.text(id).equals(text)) {
                return true;
            }
        }
        return false;
    }
}
