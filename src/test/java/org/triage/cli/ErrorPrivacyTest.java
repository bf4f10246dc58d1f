package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.cli.RecommendCommandTest.Run;
import org.triage.rules.Field;
import org.triage.rules.Option;
import org.triage.rules.RuleSetLoader;

/**
 * No error message repeats an answer other than the one value it is about: not the client's id, not another field's
 * value, not another row's. First over every error message the suite keeps as a golden file (the batch cases, whose
 * output {@code BatchGoldenTest} checks is the program's own), against the intake that produced it; then over each
 * kind of error of every reader, with the client's id and the other values made recognisable.
 */
class ErrorPrivacyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ABOUT = Pattern.compile("column ([^,]+), value ");
    private static final Set<String> VOCABULARY = vocabulary();

    @TempDir
    Path dir;

    /** Field ids, option ids and yes/no: words every message may use, whoever answered them. */
    private static Set<String> vocabulary() {
        Set<String> words = new HashSet<>(Set.of("yes", "no", "true", "false"));
        for (Field f : RuleSetLoader.builtIn(RuleSetLoader.Cases.SKIP).ruleSet().orElseThrow().questionnaire().fields()) {
            words.add(f.id());
            f.options().stream().map(Option::id).forEach(words::add);
        }
        return words;
    }

    /** The parts of an answer a message could repeat recognisably: not a number, a known word or a short cell. */
    private static Set<String> telling(String cell) {
        Set<String> parts = new HashSet<>();
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (p.length() >= 3 && !p.matches("-?[0-9]+([.,][0-9]+)?") && !VOCABULARY.contains(p.toLowerCase())) {
                parts.add(p);
            }
        }
        return parts;
    }

    static Stream<Path> batchGoldenCases() throws URISyntaxException, IOException {
        Path root = Path.of(ErrorPrivacyTest.class.getResource("/golden/batch").toURI());
        try (Stream<Path> cases = Files.list(root)) {
            return cases.filter(d -> Files.exists(d.resolve("intake.csv"))).sorted().toList().stream();
        }
    }

    private record Intake(List<String> header, Map<Long, List<String>> rows) {

        Set<String> telling() {
            Set<String> all = new HashSet<>();
            rows.values().forEach(r -> r.forEach(cell -> all.addAll(ErrorPrivacyTest.telling(cell))));
            return all;
        }

        /** The value of the named column in the row at {@code line}, or "" when the message names none. */
        String about(long line, String message) {
            Matcher m = ABOUT.matcher(message);
            List<String> row = rows.getOrDefault(line, List.of());
            int column = m.find() ? header.indexOf(m.group(1)) : -1;
            return column >= 0 && column < row.size() ? row.get(column) : "";
        }
    }

    private static Intake intake(Path csv) throws IOException {
        String text = Files.readString(csv).replace("\uFEFF", "");
        List<String> header = null;
        Map<Long, List<String>> rows = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields();
                } else {
                    rows.put(r.getStartingLineNumber(), r.getFields());
                }
            }
        }
        return new Intake(header, rows);
    }

    /** Each row's error, by the line of its input row, from a CSV or JSON Lines result or an errors file. */
    private static Map<Long, String> rowErrors(Path output) throws IOException {
        Map<Long, String> errors = new HashMap<>();
        String text = Files.readString(output);
        if (text.startsWith("{")) {
            for (String line : text.split("\n")) {
                JsonNode row = JSON.readTree(line);
                JsonNode error = row.has("error") ? row.get("error") : row.get("message");
                if (error != null && !error.isNull()) {
                    // an errors file names the column in a field of its own; said as the error column says it
                    String column = row.path("column").asText("");
                    errors.put(row.get("line").asLong(), (column.isEmpty() ? "" : "column " + column + ", value : ")
                            + error.asText());
                }
            }
            return errors;
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            List<String> header = null;
            for (CsvRecord r : reader) {
                if (header == null) {
                    header = r.getFields();
                    continue;
                }
                String error = r.getField(header.indexOf("error"));
                if (!error.isEmpty()) {
                    errors.put(Long.parseLong(r.getField(header.indexOf("line"))), error);
                }
            }
        }
        return errors;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("batchGoldenCases")
    void everyGoldenErrorOfABatchNamesNoAnswerButTheOneItIsAbout(Path golden) throws IOException {
        Intake intake = intake(golden.resolve("intake.csv"));
        Set<String> telling = intake.telling();
        assertThat(telling).as("the intake has answers a leak would show").isNotEmpty();
        List<Path> outputs = new ArrayList<>(List.of(golden.resolve("stdout")));
        if (Files.isDirectory(golden.resolve("expected"))) {
            try (Stream<Path> files = Files.list(golden.resolve("expected"))) {
                files.forEach(outputs::add);
            }
        }
        int checked = 0;
        for (Path output : outputs) {
            if (Files.size(output) == 0) {
                continue;
            }
            for (Map.Entry<Long, String> e : rowErrors(output).entrySet()) {
                // a row with several problems has them joined by " | ", each naming its own column
                for (String problem : e.getValue().split(" \\| (?=column )")) {
                    Set<String> allowed = telling(intake.about(e.getKey(), problem));
                    for (String value : telling) {
                        if (!allowed.contains(value)) {
                            assertThat(problem).as("%s, the error of line %d", golden.relativize(output), e.getKey())
                                    .doesNotContain(value);
                        }
                    }
                    checked++;
                }
            }
        }
        String stderr = Files.readString(golden.resolve("stderr"));
        for (String value : telling) {
            assertThat(stderr).as("%s stderr", golden.getFileName()).doesNotContain(value);
        }
        assertThat(checked + stderr.length()).as("there were error messages to check").isPositive();
    }

    /**
     * The rules diff golden cases whose intake has errors (invalid rows in their output, or an error on stderr) and
     * answers a leak would show: an intake of ids shorter than 3 characters and option ids alone has none.
     */
    static Stream<Path> diffGoldenCases() throws URISyntaxException, IOException {
        Path root = Path.of(ErrorPrivacyTest.class.getResource("/golden/rules-diff").toURI());
        try (Stream<Path> cases = Files.list(root)) {
            return cases.filter(d -> Files.exists(d.resolve("intake.csv"))).filter(d -> {
                try {
                    return (!diffErrors(d.resolve("stdout")).isEmpty() || Files.exists(d.resolve("stderr")))
                            && !intake(d.resolve("intake.csv")).telling().isEmpty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toList().stream();
        }
    }

    /**
     * The heading of a row of {@code rules diff}, naming its input line: the indented lines under it are its problems
     * when the heading says it is invalid under both rule sets, or the line says under which.
     */
    private static final Pattern ROW = Pattern.compile("\\{dir}/intake\\.csv:(\\d+): client .*?(: invalid under .*)?");

    private record RowError(long line, String message) {
    }

    /** Each problem of an invalid row of a rules diff, as text (under the row's heading) or JSON (its error). */
    private static List<RowError> diffErrors(Path stdout) throws IOException {
        List<RowError> errors = new ArrayList<>();
        String text = Files.readString(stdout);
        if (text.startsWith("{")) {
            for (JsonNode row : JSON.readTree(text).path("intakes")) {
                for (String side : List.of("old", "new")) {
                    JsonNode error = row.path(side).path("error");
                    if (error.isTextual()) {
                        errors.add(new RowError(row.get("line").asLong(), error.asText()));
                    }
                }
            }
            return errors;
        }
        long row = -1;
        boolean invalid = false;
        for (String line : text.split("\n")) {
            Matcher heading = ROW.matcher(line);
            if (heading.matches()) {
                row = Long.parseLong(heading.group(1));
                invalid = heading.group(2) != null;
            } else if (row >= 0 && line.startsWith("  ") && (invalid || line.startsWith("  invalid under "))) {
                errors.add(new RowError(row, line));
            } else if (!line.startsWith("  ")) {
                row = -1;
            }
        }
        return errors;
    }

    /**
     * The invalid rows {@code rules diff} prints name their client in the heading, as every row of the diff does;
     * each problem under it names no answer but the one it is about, and stderr names none.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("diffGoldenCases")
    void everyGoldenErrorOfARulesDiffNamesNoAnswerButTheOneItIsAbout(Path golden) throws IOException {
        Intake intake = intake(golden.resolve("intake.csv"));
        Set<String> telling = intake.telling();
        assertThat(telling).as("the intake has answers a leak would show").isNotEmpty();
        List<RowError> errors = diffErrors(golden.resolve("stdout"));
        for (RowError e : errors) {
            Set<String> allowed = telling(intake.about(e.line(), e.message()));
            for (String value : telling) {
                if (!allowed.contains(value)) {
                    assertThat(e.message()).as("%s, the error of line %d", golden.getFileName(), e.line())
                            .doesNotContain(value);
                }
            }
        }
        Path stderr = golden.resolve("stderr");
        String messages = Files.exists(stderr) ? Files.readString(stderr) : "";
        for (String value : telling) {
            assertThat(messages).as("%s stderr", golden.getFileName()).doesNotContain(value);
        }
        assertThat(errors.size() + messages.length()).as("there were error messages to check").isPositive();
    }

    /** The errors of a run's stderr, one per problem (its located line and the fix under it). */
    private static List<String> problems(String stderr) {
        List<String> out = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith(" ") || out.isEmpty()) {
                out.add(line);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + line);
            }
        }
        return out;
    }

    private static final String ID = "Jane Q. Client 1968";

    /**
     * Each problem of {@code run} says nothing of the client's id, and names a wrong value only in the problem about
     * it: every value of {@code wrong} appears in exactly one problem, the one whose message it is about.
     */
    private static void private_(Run run, String... wrong) {
        assertThat(run.code()).as(run.err()).isIn(3, 5, 6);
        List<String> problems = problems(run.err());
        assertThat(problems).as(run.err()).isNotEmpty();
        for (String p : problems) {
            assertThat(p).as("the client's id is repeated").doesNotContain(ID).doesNotContain("Jane");
        }
        for (String value : wrong) {
            assertThat(problems.stream().filter(p -> p.contains(value)))
                    .as("'%s' is named in the one problem about it:%n%s", value, run.err()).hasSize(1);
        }
    }

    private Path file(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void errorsOfCommandLineAnswersNameOnlyTheirOwnValue() {
        private_(RecommendCommandTest.run("", Map.of(), false, "recommend", "-a", "client_id=" + ID, "-a",
                "red_flags=nonee", "-a", "goals=relaxationn", "-a", "pain_level=eleven", "-a", "agee=40"),
                "nonee", "relaxationn", "eleven", "agee");
    }

    @Test
    void errorsOfAnAnswersFileNameOnlyTheirOwnValue() {
        for (String name : List.of("a.yaml", "a.json")) {
            String text = name.endsWith(".json")
                    ? "{\"client_id\": \"" + ID + "\", \"red_flags\": [\"nonee\"], \"goals\": [\"relaxationn\"],"
                    + " \"pain_level\": \"eleven\", \"agee\": 40}\n"
                    : "client_id: \"" + ID + "\"\nred_flags: [nonee]\ngoals: [relaxationn]\npain_level: eleven\nagee: 40\n";
            private_(RecommendCommandTest.run("", Map.of(), false, "recommend", "--answers", file(name, text).toString()),
                    "nonee", "relaxationn", "eleven", "agee");
        }
    }

    @Test
    void aSyntaxErrorRepeatsNoneOfTheLinesAroundIt() {
        private_(RecommendCommandTest.run("", Map.of(), false, "recommend", "--answers",
                file("s.yaml", "client_id: \"" + ID + "\"\nred_flags: [none\nconditions: [none]\n").toString()));
        private_(RecommendCommandTest.run("", Map.of(), false, "recommend", "--answers",
                file("s.json", "{\"client_id\": \"" + ID + "\",\n \"red_flags\": [none]}\n").toString()));
        private_(RecommendCommandTest.run("", Map.of(), false, "recommend", "--answers",
                file("t.yaml", "client_id: \"" + ID + "\"\n\tred_flags: [none]\n").toString()));
    }

    @Test
    void aValueTooLongIsNotRepeatedWhole() {
        String longId = ID + " " + "x".repeat(5000);
        Run run = RecommendCommandTest.run("", Map.of(), false, "recommend", "-a", "client_id=" + longId,
                "-a", "red_flags=none");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }

    @Test
    void errorsOfAQuestionnaireResponseNameOnlyTheirOwnValue() {
        String response = """
                {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
                 {"linkId": "client_id", "answer": [{"valueString": "%s"}]},
                 {"linkId": "red_flags", "answer": [{"valueCoding": {"code": "nonee"}}]},
                 {"linkId": "pain_level", "answer": [{"valueString": "eleven"}]},
                 {"linkId": "agee", "answer": [{"valueInteger": 40}]}]}
                """.formatted(ID);
        private_(RecommendCommandTest.run("", Map.of(), false, "recommend", "--answers",
                file("r.json", response).toString()), "nonee", "agee");
    }

    @Test
    void theErrorOfABatchRowNamesNeitherItsClientNorAnotherRowsValues() throws IOException {
        Path csv = file("in.csv", "client_id,red_flags,goals,pain_level,age\n"
                + "Jane Q. Client 1968,nonee,relaxation,2,40\n"
                + "John R. Client 1971,none,relaxationn,2,40\n"
                + "Jill S. Client 1980,none,relaxation,eleven,40\n"
                + "Jack T. Client 1990,none,relaxation,2,forty\n");
        Path out = dir.resolve("out.csv");
        Run run = RecommendCommandTest.run("", Map.of(), false, "batch", csv.toString(), "-o", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(6);
        assertThat(run.err()).doesNotContain("Client 19");
        Map<Long, String> errors = rowErrors(out);
        assertThat(errors).hasSize(4);
        List<String> wrong = List.of("nonee", "relaxationn", "eleven", "forty");
        for (int i = 0; i < wrong.size(); i++) {
            String error = errors.get(2L + i);
            assertThat(error).contains(wrong.get(i)).doesNotContain("Client 19");
            for (String other : wrong) {
                if (!other.equals(wrong.get(i)) && !wrong.get(i).contains(other)) {
                    assertThat(error).as("line %d", 2 + i).doesNotContain(other);
                }
            }
        }
    }
}
