package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.App;
import org.triage.cli.RecommendCommandTest.Run;

/** {@code triage} and {@code triage ask} driven by a script: one answer per line on stdin, no terminal. */
class AskCommandTest {

    /** Screening answers and consent, then eleven optional questions skipped, then Enter at the review. */
    static final String WELLNESS = "none\nnone\nrelaxation\nself\n" + "\n".repeat(11) + "\n";

    /** An injury intake with every question answered. */
    static final String SPRAIN = "none\nanticoagulants\ninjury_recovery, mobility\nself\nA-17\n34\n5\nankle_foot\n3\n"
            + "swelling localized_pain\n6\nsprain_strain\n20\nankle_foot\nnone\nactive\nunsure\n\n";

    @TempDir
    Path dir;

    static Run run(String stdin, String... args) {
        return RecommendCommandTest.run(stdin, Map.of(), false, args);
    }

    @Test
    void withoutACommandItRunsTheQuestionnaireAndPrintsTheResult() {
        Run r = run(WELLNESS);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Do any of these apply to you right now?").contains("Please check your answers:")
                .contains("Recommended approach: general massage").contains("This is not a diagnosis");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theResultIsPrintedExactlyAsRecommendPrintsIt() throws IOException {
        Path saved = dir.resolve("intake.yaml");
        Run asked = run(SPRAIN, "ask", "--save", saved.toString());
        Run recommended = run("", "recommend", "--answers", saved.toString());
        assertThat(asked.code()).isZero();
        assertThat(recommended.code()).isZero();
        assertThat(recommended.out()).contains("Client: A-17").contains("Precautions for the clinician:");
        assertThat(asked.out()).endsWith(recommended.out());
        assertThat(Files.readString(saved)).contains("goals: [\"mobility\", \"injury_recovery\"]")
                .contains("needles_ok: \"unsure\"").contains("pain_level: 5");
    }

    @Test
    void anEmergencyStopsAtOnceAndShowsWhatToDo() {
        Run r = run("chest_pain\n", "ask");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Stopping here").contains("SEE A PHYSICIAN FIRST (EMERGENCY)")
                .contains("Call emergency services now").doesNotContain("health conditions or medicines");
    }

    @Test
    void anEmergencyFromAnAnswerAfterTheScreeningQuestionsStopsAtOnceAndShowsWhatToDo() {
        Run r = run("major_trauma\nnone\nrelaxation\nself\n\n\n\nneck\n", "ask");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Stopping here").contains("SEE A PHYSICIAN FIRST (EMERGENCY)")
                .contains("Call emergency services now").doesNotContain("How many weeks have you had");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theEndOfInputPrintsTheReferralTheAnswersSoFarMeanBeforeTheStoppedMessage() {
        Run r = run("night_pain\ncancer_active\n", "ask");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_ENDED.code());
        assertThat(r.out()).contains("SEE A PHYSICIAN FIRST (URGENT)").contains("See a physician today");
        assertThat(r.err()).contains("the input ended while question 'goals' was waiting")
                .contains("follow the referral above first").doesNotContain("Exception");
    }

    @Test
    void theEndOfInputWithoutAReferralPrintsNoResult() {
        Run r = run("none\nnone\n", "ask");
        assertThat(r.out()).doesNotContain("SEE A PHYSICIAN");
    }

    @Test
    void aSaveTargetInAMissingFolderIsReportedBeforeAnyQuestion() {
        Path target = dir.resolve("missing").resolve("x.yaml");
        Run r = run("chest_pain\n", "ask", "--save", target.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE.code()).isEqualTo(5);
        assertThat(r.err()).contains(target.toString()).contains("does not exist").doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("Do any of these apply to you right now?");
    }

    @Test
    void aSaveTargetThatIsAFolderIsReportedBeforeAnyQuestion() {
        Run r = run("chest_pain\n", "ask", "--save", dir.toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out()).doesNotContain("Do any of these apply to you right now?");
    }

    @Test
    void aSaveThatFailsAtTheEndStillShowsTheResultFirst() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("gone"));
        Path target = folder.resolve("x.yaml");
        // the folder is there when the program starts and removed once the questionnaire reads its first answer
        InputStream stdin = new java.io.ByteArrayInputStream("chest_pain\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                try {
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return super.read(b, off, len);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = App.run(new Console(stdin, new PrintWriter(out), new PrintWriter(err), Map.of(), false),
                "ask", "--save", target.toString());
        assertThat(code).isEqualTo(ExitCode.UNREADABLE.code());
        assertThat(out.toString()).contains("SEE A PHYSICIAN FIRST (EMERGENCY)").contains("Call emergency services now");
        assertThat(err.toString()).contains(target.toString()).contains("cannot write");
    }

    @Test
    void aResumedFileDoesNotShowOrSaveAnswersThatDoNotApply() throws IOException {
        Path file = dir.resolve("intake.yaml");
        Files.writeString(file, "red_flags: [none]\nconditions: [none]\npregnancy_weeks: 20\n");
        Run r = run("relaxation\nself\n" + "\n".repeat(12), "--resume", file.toString(), "--save", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("so they were not used").contains("  - How many weeks pregnant are you?");
        assertThat(Files.readString(file)).doesNotContain("pregnancy_weeks");
    }

    @Test
    void theEndOfInputStopsCleanlyAndNamesTheWaitingQuestion() {
        Run r = run("none\nnone\n", "ask");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT_ENDED.code()).isEqualTo(7);
        assertThat(r.err()).contains("the input ended while question 'goals' was waiting")
                .contains("nothing was recommended").doesNotContain("Exception");
    }

    @Test
    void savedPartialAnswersCanBeResumed() throws IOException {
        Path saved = dir.resolve("partial.yaml");
        Run first = run("none\nnone\n", "--save", saved.toString());
        assertThat(first.err()).contains("--resume " + saved);
        assertThat(Files.readString(saved)).contains("red_flags: [\"none\"]").doesNotContain("goals");
        Run second = run("relaxation\nself\n" + "\n".repeat(12), "--resume", saved.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).doesNotContain("[saddle_numbness]")
                .contains("Recommended approach: general massage");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("partial.yaml");
        }
    }

    @Test
    void aBrokenResumeFileIsReportedWithItsLocation() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "red_flags: [chest_pian]\n");
        Run r = run("", "ask", "--resume", bad.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(r.err()).contains(bad + ":1:").contains("Did you mean").doesNotContain("Exception");
    }

    @Test
    void accessibleModeSpellsOutEveryOptionAndWhatToTypeOnPipedInput() {
        Run r = RecommendCommandTest.run(WELLNESS, Map.of("ACCESSIBLE", "1"), false, "ask");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Option 1 of ").contains(": saddle_numbness: ")
                .contains("Type a number from 0 to 10, or press Enter to skip: ")
                .contains("Answer 1 of 15: Do any of these apply to you right now? None of these")
                .contains("Recommended approach: general massage")
                .doesNotContain("  1) ").doesNotContain("\n> ");
    }

    /** On a terminal, accessible mode reads plain lines: the terminal echoes them, nothing is redrawn or coloured. */
    @Test
    void accessibleModeOnATerminalWritesPlainLinesOnly() {
        Run r = RecommendCommandTest.run(WELLNESS, Map.of(), true, "--accessible");
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\r")
                .contains("separated by commas: Do any of these health conditions or medicines apply to you?")
                .contains("Recommended approach: general massage");
    }

    /** {@code triage} alone starts the questionnaire without the command-line parser, with fresh option objects. */
    @Test
    void triageAloneHasTheOptionsTheParserWouldGive() throws IllegalAccessException {
        TriageCommand parsed = new TriageCommand(new Console(InputStream.nullInputStream(),
                new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), Map.of(), false));
        new picocli.CommandLine(parsed).parseArgs();
        for (Object[] pair : new Object[][] {{parsed.options, new AskOptions()}, {parsed.common, new CommonOptions()}}) {
            for (java.lang.reflect.Field f : pair[0].getClass().getDeclaredFields()) {
                f.setAccessible(true);
                assertThat(f.get(pair[1])).as(f.getName()).isEqualTo(f.get(pair[0]));
            }
        }
    }

    @Test
    void noColourWithoutATerminalOrWithNoColor() {
        assertThat(run(WELLNESS).out()).doesNotContain("\u001b[");
    }
}
