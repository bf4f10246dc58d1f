package org.triage.batch;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.triage.engine.Reason;
import org.triage.engine.Recommendation;
import org.triage.engine.Referral;
import org.triage.engine.TechniqueResult;
import org.triage.problem.Location;
import org.triage.rules.Approach;
import org.triage.rules.Outcome;
import org.triage.rules.Technique;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * Result rows are escaped by our own code, not by the CSV library's writer: they must come out exactly as that
 * writer (set up as {@link CsvResults#writer}) writes them. The reference here is the real library.
 */
class CsvCellsProperties {

    /**
     * What FastCSV writes for these rows, as it reads once written to a UTF-8 file (where a lone surrogate, which
     * no text read as UTF-8 holds, becomes '?'): our rows are rendered to UTF-8 bytes.
     */
    private static String reference(List<List<String>> rows) {
        String written = written(rows);
        return new String(written.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static String written(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvResults.writer(out);
        for (List<String> row : rows) {
            csv.writeRecord(row);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** The spreadsheet rule as first written: a cell a spreadsheet would take for a formula gets a leading quote. */
    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String reference(List<String> row, boolean safe) {
        return reference(List.of(safe ? row.stream().map(CsvCellsProperties::safe).toList() : row));
    }

    @Property(tries = 2000)
    void aRowIsWrittenAsTheCsvLibraryWritesIt(@ForAll("rows") List<String> row) {
        assertThat(CsvCells.row(row)).isEqualTo(reference(row, false));
    }

    @Property(tries = 2000)
    void aSafeRowIsWrittenAsTheCsvLibraryWritesTheSafeCells(@ForAll("rows") List<String> row) {
        Utf8Buffer sb = new Utf8Buffer(8).append("before");
        CsvCells.appendSafeRow(sb, row);
        assertThat(sb.toString()).isEqualTo("before" + reference(row, true));
    }

    @Property(tries = 1000)
    void aCellBuiltInPlaceIsFinishedAsTheCsvLibraryWritesIt(@ForAll("cells") String cell, @ForAll boolean first) {
        Utf8Buffer sb = new Utf8Buffer(8).append("x,");
        int start = sb.length();
        sb.append(cell);
        CsvCells.finishSafe(sb, start, first);
        String expected = first ? reference(List.of(cell, "y"), true) : reference(List.of("y", cell), true);
        String finished = sb.toString().substring("x,".length());
        String row = first ? finished + ",y\n" : "y," + finished + "\n";
        assertThat(row).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void aResultRowIsWrittenAsTheCsvLibraryWroteItsCells(@ForAll("results") RowResult row) {
        Utf8Buffer sb = new Utf8Buffer(8);
        CsvResults renderer = renderer();
        renderer.render(row, sb);
        assertThat(sb.toString()).isEqualTo(reference(cellsAsBefore(row), true));
        // again, and with a renderer that has met other rows: the rules' sentences come escaped from its cache
        Utf8Buffer again = new Utf8Buffer(8);
        renderer.render(row, again);
        assertThat(again.toString()).isEqualTo(sb.toString());
        Utf8Buffer shared = new Utf8Buffer(8);
        SHARED.render(row, shared);
        assertThat(shared.toString()).isEqualTo(sb.toString());
    }

    @Property(tries = 500)
    void anErrorsFileRowIsWrittenAsTheCsvLibraryWroteIt(@ForAll("cells") String column, @ForAll("cells") String value,
                                                         @ForAll("cells") String message, @ForAll("cells") String fix) {
        CellError e = new CellError(7, column, value, message, fix);
        RowResult row = new RowResult(7, "", Optional.empty(), List.of(e, e));
        StringWriter out = new StringWriter();
        Utf8Buffer sb = new Utf8Buffer(8);
        try {
            new ErrorRows("errors.csv", out).render(row, sb);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        List<String> cells = List.of("7", column, value, e.messageWithFix());
        List<String> safe = cells.stream().map(CsvCellsProperties::safe).toList();
        assertThat(out + sb.toString()).isEqualTo(reference(List.of(List.of("line", "column", "value", "message"), safe, safe)));
    }

    @Example
    void cellsThatNeedQuotesAndCellsThatDoNot() {
        assertThat(CsvCells.row(List.of("#1", "#2", "", "a,b", "say \"hi\"", "two\nlines", "cr\r", "' | x")))
                .isEqualTo("\"#1\",#2,,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",' | x\n");
        Utf8Buffer sb = new Utf8Buffer(8);
        CsvCells.appendSafeRow(sb, List.of("=1", "-a,b", "@\"x\"", "+", "#"));
        assertThat(sb).hasToString("'=1,\"'-a,b\",\"'@\"\"x\"\"\",'+,#\n");
    }

    /** One renderer for all the tries, as one run renders all its rows. */
    private static final CsvResults SHARED = renderer();

    private static CsvResults renderer() {
        try {
            return new CsvResults(new StringWriter(), false);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The cells of a result row as they were made before rows were escaped by our own code. */
    private static List<String> cellsAsBefore(RowResult row) {
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(row.line()));
        cells.add(row.clientId());
        if (row.recommendation().isPresent()) {
            Recommendation r = row.recommendation().get();
            cells.add(r.outcome().id());
            cells.add(r.referral().map(ref -> ref.urgency().id()).orElse(""));
            cells.add(idsAsBefore(r.techniques()));
            cells.add(idsAsBefore(r.excluded()));
            Set<String> texts = new LinkedHashSet<>();
            r.referral().ifPresent(ref -> {
                ref.because().forEach(b -> texts.add(b.text()));
                ref.also().forEach(a -> texts.add("[also, " + a.urgency().id() + "] " + a.reason().text()));
            });
            if (!r.missing().isEmpty()) {
                texts.add("not answered: " + String.join(", ", r.missing()));
            }
            for (List<TechniqueResult> list : List.of(r.techniques(), r.excluded())) {
                for (TechniqueResult t : list) {
                    t.because().forEach(b -> texts.add(b.text()));
                }
            }
            cells.add(String.join(" | ", texts));
            cells.add("");
        } else {
            cells.addAll(List.of("", "", "", "", ""));
            cells.add(row.errorText());
        }
        return cells;
    }

    private static String idsAsBefore(List<TechniqueResult> list) {
        StringBuilder sb = new StringBuilder();
        for (TechniqueResult t : list) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(t.technique().id());
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars(",\"\r\n#=+-@' |;").withCharRange('a', 'c')
                .withChars('\u00e9', '\u2014', '\u4e2d').ofMaxLength(12);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(8);
        Arbitrary<String> longer = Arbitraries.strings().withChars(",\"\n#=-").withCharRange('a', 'z')
                .ofMinLength(20).ofMaxLength(80);
        return Arbitraries.frequencyOf(
                Tuple.of(6, tricky),
                Tuple.of(2, anything),
                Tuple.of(1, longer),
                Tuple.of(1, Arbitraries.of("", "#", "=", "\"", ",", "\r\n", "#x", "-1", "@a,b")));
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return cells().list().ofMinSize(1).ofMaxSize(9);
    }

    /** Result rows of the engine from generated intakes in every spelling (some invalid), at any line. */
    @Provide
    Arbitrary<RowResult> results() {
        Arbitrary<Long> line = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.longs().between(2, 10_000_000)),
                Tuple.of(1, Arbitraries.longs().between(-5, 1)));
        Arbitrary<RuleSet> rules = Arbitraries.of(CellReadingProperties.RULES, CellReadingProperties.YES_NO_LOOKALIKES);
        return Combinators.combine(line, rules).flatAs((l, rs) -> CellReadingProperties.rows(rs).map(cells -> {
            Columns columns = Columns.read("intake.csv", 1, rs.questionnaire().fields().stream().map(f -> f.id())
                    .toList(), List.of(), false, rs.questionnaire());
            return new RowEvaluator("intake.csv", rs, columns).evaluate(CellReadingProperties.chunk(l, cells), 0);
        }));
    }

    /** Any sentences, as a rule author might write them: the cell is their join, made safe, as the library writes it. */
    @Property(tries = 1000)
    void aReasonsCellIsWrittenAsTheCsvLibraryWritesTheJoinedSentences(@ForAll("sentences") List<String> texts) {
        Utf8Buffer sb = new Utf8Buffer(8).append("x,");
        CsvResults.reasons(texts, sb);
        sb.append('\n');
        assertThat(sb.toString()).isEqualTo(reference(List.of(List.of("x", safe(String.join(" | ", texts))))));
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        Arbitrary<String> sentence = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("You have had an injury, so see a physical therapist.",
                        "Tightness that has lasted 12 weeks usually needs more.", "A \"red flag\" answer.",
                        "-5 is low", "=SUM(A1)", "not answered: age, consent")),
                Tuple.of(2, cells()));
        return sentence.list().uniqueElements().ofMaxSize(4);
    }
}
