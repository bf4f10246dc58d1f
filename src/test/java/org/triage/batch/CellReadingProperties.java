package org.triage.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.triage.rules.Field;
import org.triage.rules.Option;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * A batch cell in the usual form is read straight into the answers; any other goes through the answer reader.
 * For rows of cells in every spelling, valid or not, both readings give the same result row: the same
 * recommendation, or the same errors at the same columns.
 */
class CellReadingProperties {

    static final RuleSet RULES = RuleSetLoader.builtIn().ruleSet().orElseThrow();
    /**
     * The shipped rules with options whose ids the answer reader takes for yes and no ({@code needles_ok} has
     * yes and no): a cell "n" there means no, not the option n.
     */
    static final RuleSet YES_NO_LOOKALIKES = withOptions(RULES, "needles_ok", "n", "true", "y", "false");

    @Provide
    Arbitrary<List<String>> rows() {
        return rows(RULES);
    }

    @Provide
    Arbitrary<List<String>> lookalikeRows() {
        return rows(YES_NO_LOOKALIKES);
    }

    static Arbitrary<List<String>> rows(RuleSet rules) {
        List<Arbitrary<String>> cells = new ArrayList<>();
        for (Field f : rules.questionnaire().fields()) {
            cells.add(cell(f));
        }
        return Combinators.combine(cells).as(List::copyOf);
    }

    @Property(tries = 5_000)
    void aRowReadDirectlyGivesWhatTheAnswerReaderGives(@ForAll("rows") List<String> cells) {
        assertBothReadingsAgree(RULES, cells);
    }

    @Property(tries = 1_000)
    void optionsThatLookLikeYesOrNoAreReadAsTheAnswerReaderReadsThem(@ForAll("lookalikeRows") List<String> cells) {
        assertBothReadingsAgree(YES_NO_LOOKALIKES, cells);
    }

    private static void assertBothReadingsAgree(RuleSet rules, List<String> cells) {
        Columns columns = Columns.read("intake.csv", 1, rules.questionnaire().fields().stream().map(Field::id).toList(),
                List.of(), false, rules.questionnaire());
        RowChunk row = chunk(7, cells);

        RowResult direct = new RowEvaluator("intake.csv", rules, columns, true).evaluate(row, 0);
        RowResult read = new RowEvaluator("intake.csv", rules, columns, false).evaluate(row, 0);

        assertThat(direct).isEqualTo(read);
        Statistics.label("row").collect(direct.invalid() ? "invalid" : "valid");
        Statistics.label("row").coverage(c -> {
            c.check("invalid").percentage(p -> p > 10);
            c.check("valid").percentage(p -> p > 10);
        });
    }

    private static RuleSet withOptions(RuleSet rs, String fieldId, String... ids) {
        List<Field> fields = new ArrayList<>();
        for (Field f : rs.questionnaire().fields()) {
            if (f.id().equals(fieldId)) {
                List<Option> options = new ArrayList<>(f.options());
                for (String id : ids) {
                    options.add(new Option(id, id, false));
                }
                f = new Field(f.id(), f.type(), f.prompt(), f.help(), options, f.min(), f.max(), f.screening(), f.askWhen());
            }
            fields.add(f);
        }
        return new RuleSet(rs.version(), rs.content(), rs.decision(), rs.techniques(), rs.sources(),
                new Questionnaire(fields), rs.rules(), List.of());
    }

    private static Arbitrary<String> cell(Field f) {
        Arbitrary<String> usual = switch (f.type()) {
            case TEXT -> Arbitraries.strings().withChars("ab -=;\"").ofMaxLength(6);
            case SINGLE, YES_NO -> option(f);
            case MULTI -> option(f).list().ofMinSize(1).ofMaxSize(3).map(ids -> String.join(";", ids));
            case INTEGER, NUMBER -> number(f);
        };
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, usual),
                net.jqwik.api.Tuple.of(4, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, f.type().isNumeric() ? oddNumber(f) : usual.flatMap(CellReadingProperties::respelled)));
    }

    private static Arbitrary<String> option(Field f) {
        return Arbitraries.of(f.optionIds());
    }

    /** A number in range: whole, or with a decimal point where the field takes one. */
    private static Arbitrary<String> number(Field f) {
        Arbitrary<String> whole = Arbitraries.integers().between((int) f.min(), (int) f.max()).map(String::valueOf);
        return f.type() == org.triage.rules.FieldType.INTEGER ? whole
                : Arbitraries.oneOf(whole, Arbitraries.doubles().between(f.min(), f.max()).ofScale(2).map(String::valueOf));
    }

    /** Numbers out of range, and the forms people type: signs, spaces, points, exponents, many digits. */
    private static Arbitrary<String> oddNumber(Field f) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between((int) f.min() - 2, (int) f.max() + 2).map(String::valueOf),
                Arbitraries.doubles().between(f.min() - 1, f.max() + 1).ofScale(3).map(d -> " " + d),
                Arbitraries.of("5.", ".5", "+3", "-0", "1e1", "0x1", "007", "5.0", "5.10", "1234567890123456", "00000000000000001",
                        "3.3.3", ".", "-"));
    }

    /** Another spelling of a cell: upper case, spaces around, separators with spaces or commas, yes/no words, junk. */
    private static Arbitrary<String> respelled(String cell) {
        return Arbitraries.of(
                cell.toUpperCase(Locale.ROOT),
                " " + cell + " ",
                cell.replace(";", "; "),
                cell.replace(";", ","),
                cell + ";",
                cell + ";" + cell,
                cell.replace("yes", "y").replace("no", "FALSE"),
                cell + "x",
                "none;" + cell,
                ";");
    }


    /** A chunk of one record, as the reader makes it. */
    static RowChunk chunk(long line, List<String> cells) {
        RowChunk c = new RowChunk(1, 64);
        c.beginRow(line);
        for (String cell : cells) {
            c.addCell(cell.toCharArray(), 0, cell.length());
        }
        c.endRow();
        return c;
    }
}
