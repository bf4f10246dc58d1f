package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.triage.App;

/**
 * Bad input to {@code triage recommend} ends with a located message, a fix and the documented exit
 * code; nothing goes to stdout and no stack trace is shown. The rule set is the small test rule set
 * of {@code load-errors/_base}, so these tests do not depend on the clinical rules.
 */
class RecommendErrorsTest {

    private static final String FIELD_IDS = "client_id, red_flags, injury_type, injury_days_ago, temperature, needles_ok";

    @TempDir
    Path temp;

    private Path rules;

    @BeforeEach
    void copyTheTestRuleSet() throws IOException, URISyntaxException {
        Path base = Path.of(RecommendErrorsTest.class.getResource("/load-errors/_base").toURI());
        rules = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(base.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    // ---- success, so that the failures below are failures of the input and not of the set-up ----

    @Test
    void validAnswersPrintTheRecommendationOnStdoutAndNothingOnStderr() {
        Run run = recommend("-a", "red_flags=none", "-a", "injury_type=none");

        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("Recommended approach: general massage", "Effleurage (gliding strokes)",
                "Rule set 0.1.0-test");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aJsonAnswersFileIsReadLikeAYamlOne() throws IOException {
        Path file = write("intake.json", "{\"red_flags\": [\"none\"], \"injury_type\": \"none\"}\n");

        Run run = recommend("--answers", file.toString());

        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("Recommended approach: general massage");
        assertThat(run.err()).isEmpty();
    }

    // ---- answers given with -a: exit 3 ----

    @Test
    void anUnknownFieldIsNamedWithTheClosestFieldId() {
        Run run = recommend("-a", "injury_typ=none", "-a", "red_flags=none");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                "-a injury_typ=none: error: unknown field 'injury_typ'. Did you mean 'injury_type'?",
                "  fix: use one of the field ids: " + FIELD_IDS));
    }

    @Test
    void anUnknownValueIsNamedWithTheClosestOption() {
        Run run = recommend("-a", "red_flags=none", "-a", "injury_type=sprian_strain");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                "-a injury_type=sprian_strain: error: unknown value 'sprian_strain' for injury_type."
                        + " Did you mean 'sprain_strain'?",
                "  fix: use one of: none, sprain_strain, fracture"));
    }

    @Test
    void aNumberOutsideTheFieldsRangeIsRejectedAndTheRangeGiven() {
        Run run = recommend("-a", "red_flags=none", "-a", "temperature=50");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                "-a temperature=50: error: temperature: 50 is out of range",
                "  fix: write a number from 34 to 43"));
    }

    @Test
    void aWordWhereANumberIsExpectedIsRejected() {
        Run run = recommend("-a", "red_flags=none", "-a", "injury_type=fracture", "-a", "injury_days_ago=ten");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                "-a injury_days_ago=ten: error: injury_days_ago: 'ten' is not a number",
                "  fix: write a whole number from 0 to 36500"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4d", "0x1p2", "1e1", "NaN", "Infinity"})
    void onlyPlainDecimalNumbersAreNumbers(String written) {
        Run run = recommend("-a", "red_flags=none", "-a", "injury_type=fracture", "-a", "injury_days_ago=" + written);

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("injury_days_ago: '" + written + "' is not a number");
    }

    @Test
    void commasBetweenValuesOfAMultiChoiceFieldGetTheSeparatorInTheFix() {
        Run run = recommend("-a", "red_flags=none, chest_pain");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("fix: separate several values with ';', not ','");
    }

    @Test
    void aSecondYamlDocumentInTheAnswersFileIsAnErrorNotIgnored() throws IOException {
        Path file = write("intake.yaml", "red_flags: [none]\n---\nred_flags: [chest_pain]\n");

        Run run = recommend("--answers", file.toString());

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith(file + ":3:1: error: more content after the end of the first YAML document");
    }

    @Test
    void aYamlAliasInTheAnswersFileIsAnErrorNotAnAnswer() throws IOException {
        Path file = write("intake.yaml", "red_flags: &r [none]\ninjury_type: none\nclient_id: *r\n");

        Run run = recommend("--answers", file.toString());

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith(file + ":3:12: error: a YAML alias (*r) is not supported here");
    }

    @Test
    void anEmptyAnswersFileNameIsAUsageError() {
        Run run = recommend("--answers", "");

        run.failsWith(ExitCode.USAGE);
        assertThat(run.err()).startsWith("--answers: error: the file name is empty");
    }

    @Test
    void noneCannotBeCombinedWithAnotherValue() {
        Run run = recommend("-a", "red_flags=none;chest_pain");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                "-a red_flags=none;chest_pain: error: red_flags: 'none' cannot be combined with other values",
                "  fix: give either 'none' alone or the values that apply"));
    }

    @Test
    void anAnswerWithoutAnEqualsSignShowsTheExpectedForm() {
        Run run = recommend("-a", "red_flags");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines("-a red_flags: error: expected FIELD=VALUE",
                "  fix: write -a red_flags=VALUE; join several values of a multi-choice field with ';'"));
    }

    @Test
    void theSameFieldAnsweredTwiceIsRejectedAtTheSecondAnswer() {
        Run run = recommend("-a", "red_flags=none", "-a", "red_flags=chest_pain");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                "-a red_flags=chest_pain: error: field 'red_flags' is answered twice",
                "  fix: give each field once; join several values with ';'"));
    }

    @Test
    void everyBadAnswerIsReportedInOneRun() {
        Run run = recommend("-a", "injury_typ=none", "-a", "temperature=50", "-a", "red_flags=none;chest_pain");

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(errorLines(run)).containsExactlyInAnyOrder(
                "-a injury_typ=none: error: unknown field 'injury_typ'. Did you mean 'injury_type'?",
                "-a temperature=50: error: temperature: 50 is out of range",
                "-a red_flags=none;chest_pain: error: red_flags: 'none' cannot be combined with other values");
    }

    // ---- answers files ----

    @Test
    void aYamlSyntaxErrorInTheAnswersFileGivesItsLineAndColumn() throws IOException {
        Path file = write("intake.yaml", "red_flags: [none]\ninjury_type: none\nclient_id: A: 12\n");

        Run run = recommend("--answers", file.toString());

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith(file + ":3:13: error: YAML syntax error: mapping values are not allowed here"
                + System.lineSeparator() + "  fix: ");
    }

    @Test
    void aJsonSyntaxErrorInTheAnswersFileGivesItsLineAndColumnAndAJsonFix() throws IOException {
        Path file = write("intake.json", "{\"red_flags\": [\"none\"],\n \"injury_type\": \"none\",\n}\n");

        Run run = recommend("--answers", file.toString());

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith(file + ":3:1: error: JSON syntax error: ")
                .contains("  fix: check the quotes, commas and brackets near this place")
                .doesNotContain("indentation");
    }

    @Test
    void anUnknownFieldInTheAnswersFileIsReportedAtItsLine() throws IOException {
        Path file = write("intake.yaml", "red_flags: [none]\ninjury_typ: none\n");

        Run run = recommend("--answers", file.toString());

        run.failsWith(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(lines(
                file + ":2:1: error: unknown field 'injury_typ'. Did you mean 'injury_type'?",
                "  fix: use one of the field ids: " + FIELD_IDS));
    }

    @Test
    void aMissingAnswersFileIsNamedAndExitsWithUnreadable() {
        Path file = temp.resolve("nowhere.yaml");

        Run run = recommend("--answers", file.toString());

        run.failsWith(ExitCode.UNREADABLE);
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).startsWith(file + ": error: file not found" + System.lineSeparator() + "  fix: check the path");
    }

    // ---- the command line itself: exit 2 ----

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = recommend("--format", "xml", "-a", "red_flags=none");

        run.failsWith(ExitCode.USAGE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'--format'", "[text, json, html, fhir]", "'xml'")
                .contains("fix: run 'triage recommend --help'");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = recommend("--bogus");

        run.failsWith(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option: '--bogus'").contains("fix: run 'triage recommend --help'");
    }

    // ---- the rule set: exit 4 ----

    @Test
    void aRuleSetWithErrorsListsEveryProblemAndEvaluatesNothing() throws IOException {
        Path routing = rules.resolve("routing.yaml");
        Files.writeString(routing, Files.readString(routing)
                .replace("refer: emergency", "refer: emergancy")
                .replace("recommend: [effleurage, kneading]", "recommend: [efleurage, kneading]"));

        Run run = recommend("-a", "red_flags=none");

        run.failsWith(ExitCode.INVALID_RULES);
        assertThat(run.code()).isEqualTo(4);
        assertThat(errorLines(run)).containsExactly(
                routing + ":7:12: error: unknown urgency 'emergancy'. Did you mean 'emergency'?",
                routing + ":15:17: error: unknown technique 'efleurage'. Did you mean 'effleurage'?",
                "2 problems in the rule set; nothing was evaluated.");
    }

    // ---- helpers ----

    private Run recommend(String... args) {
        List<String> all = new ArrayList<>(List.of("recommend", "--rules", rules.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        int code = App.run(console, all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** The lines of stderr that are not a fix. */
    private static List<String> errorLines(Run run) {
        return run.err().lines().filter(l -> !l.startsWith("  fix: ")).toList();
    }

    private record Run(int code, String out, String err) {

        /** The failure a user sees: the exit code, a message on stderr, nothing on stdout, no stack trace. */
        void failsWith(ExitCode expected) {
            assertThat(code).as("exit code; stderr was:%n%s", err).isEqualTo(expected.code());
            assertThat(out).as("stdout").isEmpty();
            assertThat(err).as("stderr").isNotBlank().doesNotContain("\tat ").doesNotContain("Exception");
        }
    }
}
