package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triage.App;

/** How {@code triage recommend} behaves for a person at a terminal or a script. */
class RecommendCommandTest {

    private static final String[] WELLNESS = {"recommend", "-a", "red_flags=none", "-a", "conditions=none",
            "-a", "goals=relaxation", "-a", "pain_level=1"};

    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), env, terminal);
        int code = App.run(console, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** --explain's changes: what can be acted on first, then every referral trigger in one line. */
    @Test
    void explainLeadsWithWhatCanBeActedOnAndGroupsTheReferralTriggersInOneLine() {
        org.triage.cli.Run r = org.triage.cli.Run.of("recommend", "-a", "red_flags=none", "-a", "conditions=none",
                "-a", "goals=pain_relief",
                "-a", "pain_level=5", "-a", "pain_regions=lower_back", "-a", "symptoms=trigger_points",
                "-a", "needles_ok=unsure", "-a", "consent=self", "-a", "age=40", "--explain");
        java.util.List<String> changes = r.out().lines().dropWhile(l -> !l.startsWith("What would change this"))
                .skip(1).takeWhile(l -> !l.isBlank()).toList();

        assertThat(changes.get(0)).isEqualTo("  with needles_ok yes, dry_needling would no longer be ruled out");
        assertThat(changes).filteredOn(l -> l.startsWith("  a referral (")).singleElement().asString()
                .contains("any red_flags answer but none", "consent none");
        assertThat(String.join("\n", changes)).doesNotContain("saddle_numbness", "chest_pain");
        assertThat(changes.get(changes.size() - 1)).startsWith("  incomplete with red_flags");
    }

    /** A warning sign answered to a follow-up that does not apply is not used, and every format says so. */
    @Test
    void anAnswerToAFollowUpThatDoesNotApplyIsNamedInEveryFormat() {
        String[] answers = {"recommend", "-a", "red_flags=none", "-a", "conditions=none", "-a", "goals=relaxation",
                "-a", "pregnancy_signs=vaginal_bleeding"};
        org.triage.cli.Run text = org.triage.cli.Run.of(answers);
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Answers not used, as their questions do not apply to the other answers:"
                + " pregnancy_signs", "Check them with the client");
        String[] json = java.util.Arrays.copyOf(answers, answers.length + 2);
        json[answers.length] = "--format";
        json[answers.length + 1] = "json";
        assertThat(org.triage.cli.Run.of(json).out()).contains("\"ignored_answers\": [\n    \"pregnancy_signs\"\n  ]");
        json[answers.length + 1] = "fhir";
        assertThat(org.triage.cli.Run.of(json).out()).contains("\"name\": \"not-used\"", "\"valueString\": \"pregnancy_signs\"",
                "Answers not used, as their questions do not apply to the other answers: pregnancy_signs.");
        org.triage.cli.Run applies = org.triage.cli.Run.of("recommend", "-a", "red_flags=none", "-a", "conditions=pregnancy",
                "-a", "goals=relaxation", "-a", "pregnancy_signs=vaginal_bleeding");
        assertThat(applies.out()).doesNotContain("Answers not used").contains("SEE A PHYSICIAN FIRST");
    }

    @Test
    void colourIsUsedOnATerminal() {
        assertThat(run("", Map.of(), true, WELLNESS).out()).contains("\u001b[");
    }

    @Test
    void noColourWhenNoColorIsSet() {
        assertThat(run("", Map.of("NO_COLOR", "1"), true, WELLNESS).out()).doesNotContain("\u001b[");
    }

    @Test
    void noColourWhenOutputIsNotATerminal() {
        assertThat(run("", Map.of(), false, WELLNESS).out()).doesNotContain("\u001b[");
    }

    @Test
    void answersCanComeFromStdin() {
        Run r = run("red_flags: [chest_pain]\nconditions: [none]\ngoals: [relaxation]\n", Map.of(), false,
                "recommend", "--answers", "-", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"outcome\": \"refer\"").contains("\"urgency\": \"emergency\"");
    }

    @Test
    void everyTextResultSaysItIsNotADiagnosis() {
        assertThat(run("", Map.of(), false, WELLNESS).out()).contains("This is not a diagnosis");
        assertThat(run("", Map.of(), false, "recommend", "-a", "red_flags=chest_pain").out())
                .contains("This is not a diagnosis");
    }

    @Test
    void jsonHasEveryFieldOfTheOutputContract() {
        String json = run("", Map.of(), false, append(WELLNESS, "--format", "json")).out();
        for (String key : new String[] {"client_id", "outcome", "referral", "scores", "techniques", "excluded",
                "precautions", "rules_fired", "missing", "ruleset", "version", "sha256"}) {
            assertThat(json).contains("\"" + key + "\":");
        }
        assertThat(json).doesNotContain("\"explain\"");
    }

    @Test
    void explainListsTheRulesThatFiredWithTheirAnswers() {
        String text = run("", Map.of(), false, append(WELLNESS, "--explain")).out();
        assertThat(text).contains("Rules that fired").contains("route.massage.wellness_goals")
                .contains("answers: goals = relaxation");
    }

    @Test
    void helpShowsTheCommandsTheExitCodesAndAnExample() {
        Run r = run("", Map.of(), false, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("recommend").contains("ask").contains("Examples:").contains("Exit codes:")
                .contains("130 questionnaire cancelled");
    }

    @Test
    void versionNamesTheProgram() {
        assertThat(run("", Map.of(), false, "--version").out()).startsWith("triage ");
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
