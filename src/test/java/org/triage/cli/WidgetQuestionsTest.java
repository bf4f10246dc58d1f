package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.builtins.ScreenTerminal;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.triage.cli.widget.WidgetPrompter;
import org.triage.questionnaire.Ending;
import org.triage.questionnaire.Intake;
import org.triage.report.Style;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * Questions drawn whole on a JLine test terminal: keys typed in as a terminal sends them (arrow keys, Space,
 * Enter, Ctrl-C), and the screen read back as a person sees it, through a terminal emulator.
 */
class WidgetQuestionsTest {

    static final RuleSet SHIPPED = RuleSetLoader.builtIn().ruleSet().orElseThrow();
    /** One question of every type and no sections: red_flags, then client_id, injury_type, its follow-up, ... */
    static final RuleSet EVERY_TYPE = RuleSetLoader.load(Path.of("src/test/resources/load-errors/_base"), "rules")
            .ruleSet().orElseThrow();

    static final String UP = "\033OA";
    static final String DOWN = "\033OB";
    static final String CTRL_C = "\u0003";
    static final String CTRL_R = "\u0012";
    static final String CTRL_D = "\u0004";

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final PipedOutputStream keys = new PipedOutputStream();
    private Terminal terminal;
    private Size size = new Size(80, 30);

    private CompletableFuture<Ending> intake(RuleSet rules) throws IOException {
        terminal = TerminalBuilder.builder().system(false).type("xterm").size(size)
                .streams(new PipedInputStream(keys, 4096), written).encoding(StandardCharsets.UTF_8).build();
        WidgetPrompter prompter = new WidgetPrompter(terminal, new JLinePrompter(terminal, true));
        return CompletableFuture.supplyAsync(() -> new Intake(rules, prompter, new Style(true)).run(Answers.NONE));
    }

    @AfterEach
    void close() throws IOException {
        keys.close();
        if (terminal != null) {
            terminal.close();
        }
    }

    /** Types {@code keys} once {@code text} is on the screen, and the question waits on its input line. */
    private void when(String text, String... typed) throws Exception {
        awaitScreen(text);
        for (String k : typed) {
            keys.write(k.getBytes(StandardCharsets.UTF_8));
            keys.flush();
            // one key at a time, as a person types, so that a lone Esc is not read as the start of an arrow key
            Thread.sleep(20);
        }
    }

    private void awaitScreen(String text) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!screen().contains(text) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(screen()).as("the screen").contains(text);
    }

    /** What the terminal shows now: everything written, replayed on a terminal emulator of the same size. */
    private String screen() {
        ScreenTerminal screen = new ScreenTerminal(size.getColumns(), size.getRows());
        synchronized (written) {
            screen.write(written.toString(StandardCharsets.UTF_8));
        }
        return screen.toString();
    }

    private static Ending done(CompletableFuture<Ending> run) throws Exception {
        return run.get(60, TimeUnit.SECONDS);
    }

    @Test
    void arrowKeysSpaceAndEnterAnswerTheScreeningQuestions() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        when("Question 1 of 15 - Screening", UP, " ");
        awaitScreen("> [x] 15) None of these");
        when("[x] 15) None of these", "\r");
        when("Question 2 of 15 - Screening", UP, " ", "\r");
        when("Question 3 of 15 - Screening", DOWN, " ", DOWN, DOWN, " ", "\r");
        // a required single choice starts on nothing: Enter alone is refused, never the first option
        awaitScreen("Question 4 of 15 - Consent");
        assertThat(screen()).contains("  1) The client agrees to treatment themselves").doesNotContain("> 1)");
        when("Question 4 of 15 - Consent", "\r");
        awaitScreen("This question needs an answer");
        assertThat(screen()).contains("Question 4 of 15 - Consent");
        when("This question needs an answer", DOWN, "\r");
        when("Question 5 of 15 - Screening", CTRL_D);

        assertThat(done(run)).isInstanceOfSatisfying(Ending.InputEnded.class, e -> {
            assertThat(e.answers().get("red_flags")).contains(new Answer.Choices(java.util.List.of("none")));
            assertThat(e.answers().get("goals")).contains(
                    new Answer.Choices(java.util.List.of("stress_relief", "circulation")));
            assertThat(e.answers().get("consent")).contains(new Answer.Choice("self"));
        });
        assertThat(screen()).contains("Do any of these apply to you right now? None of these")
                .contains("What would you like treatment to help with? Stress relief; Better circulation")
                .contains("Who gives consent for treatment? The client agrees to treatment themselves");
    }

    @Test
    void typingANumberOrAnIdWithTabStillWorksAndFollowUpsCountOnceTheyApply() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        when("Question 1 of 15", "1", "5", "\r");
        when("Question 2 of 15", "p", "r", "e", "g", "\t");
        awaitScreen("> pregnancy");
        when("> pregnancy", "\r");
        // the two pregnancy follow-ups now apply
        when("Question 3 of 17 - Screening", CTRL_D);

        assertThat(done(run).answers().get("conditions")).contains(new Answer.Choices(java.util.List.of("pregnancy")));
    }

    @Test
    void aMistypedIdIsExplainedWithADidYouMeanAndTheListStaysAsItWas() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        when("Question 1 of 15", "c", "h", "e", "s", "t", "_", "p", "i", "a", "n", "\r");
        awaitScreen("unknown value 'chest_pian' for red_flags. Did you mean 'chest_pain'?");
        assertThat(screen()).contains("Question 1 of 15").contains("> chest_pian");
        when("Did you mean", "\u0015", "5", "\r");

        assertThat(done(run)).isInstanceOf(Ending.Emergency.class);
    }

    @Test
    void questionMarkShowsTheHelpAndHidesItAgain() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        String help = "These questions check for signs that a doctor should see you";
        when("Question 1 of 15", "?");
        awaitScreen(help);
        when(help, "?");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (screen().contains(help) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(screen()).doesNotContain(help).contains("Question 1 of 15");
        when("Question 1 of 15", CTRL_D);
        assertThat(done(run)).isInstanceOf(Ending.InputEnded.class);
    }

    @Test
    void ctrlCAsksWhetherToQuitAndNoComesBackToTheSameQuestion() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        when("Question 1 of 15", DOWN, " ", CTRL_C);
        when("Quit the questionnaire? (y/n)", "n", "\r");
        when("Question 1 of 15", CTRL_C);
        awaitScreen("Quit the questionnaire? (y/n) n");
        when("Quit the questionnaire? (y/n) n", "y", "\r");

        assertThat(done(run)).isInstanceOfSatisfying(Ending.Quit.class,
                q -> assertThat(q.waiting()).contains("red_flags"));
    }

    @Test
    void ctrlRShowsTheAnswersSoFarThenTheSameQuestion() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        when("Question 1 of 15", "n", "o", "n", "e", "\r");
        when("Question 2 of 15", CTRL_R);
        awaitScreen("any other key goes back to the question");
        assertThat(screen()).contains("Your answers so far:", "1. Do any of these apply to you right now?",
                "None of these").doesNotContain("Question 2 of 15");
        when("Your answers so far:", " ");
        awaitScreen("Question 2 of 15 - Screening");
        assertThat(screen()).contains("Do any of these health conditions").doesNotContain("Your answers so far:");
        when("Question 2 of 15 - Screening", CTRL_D);
        assertThat(done(run)).isInstanceOfSatisfying(Ending.InputEnded.class,
                e -> assertThat(e.waiting()).contains("conditions"));
    }

    @Test
    void aNumberShowsItsRangeAndIsCheckedAsItIsTyped() throws Exception {
        CompletableFuture<Ending> run = intake(EVERY_TYPE);
        when("Question 1 of 6", "n", "o", "n", "e", "\r");
        when("Question 2 of 6", "\r");
        when("Question 3 of 6", "2", "\r");
        when("Question 4 of 6", "4", "0", "0", "0", "0");
        awaitScreen("A whole number from 0 to 36500");
        awaitScreen("40000 is out of range");
        when("40000 is out of range", "\r", "\u007f", "\r");
        when("Question 5 of 6", CTRL_D);

        Ending e = done(run);
        assertThat(e.answers().get("injury_days_ago")).contains(new Answer.Num(4000));
        assertThat(screen()).doesNotContain("40000 is out of range");
    }

    @Test
    void yesOrNoIsAConfirmAndEnterAloneSkipsAnOptionalQuestion() throws Exception {
        CompletableFuture<Ending> run = intake(EVERY_TYPE);
        when("Question 1 of 6", "n", "o", "n", "e", "\r");
        when("Question 2 of 6", "\r");
        when("Question 3 of 6", "\r");
        when("Question 4 of 6", "\r");
        when("Question 5 of 6", "\r");
        when("Question 6 of 6", "n", "\r");
        when("Please check your answers", "\r");

        Ending e = done(run);
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().get("needles_ok")).contains(new Answer.Choice("no"));
        assertThat(e.answers().has("injury_type")).as("Enter alone skipped it").isFalse();
        assertThat(e.answers().has("temperature")).isFalse();
    }

    @Test
    void escGoesBackToThePreviousQuestionWithItsAnswerKept() throws Exception {
        CompletableFuture<Ending> run = intake(EVERY_TYPE);
        when("Question 1 of 6", "n", "o", "n", "e", "\r");
        when("Question 2 of 6", "\033");
        when("Your answer so far: None of these. Enter keeps it.", "\r");
        when("Question 2 of 6", CTRL_D);
        assertThat(done(run)).isInstanceOfSatisfying(Ending.InputEnded.class,
                e -> assertThat(e.answers().has("red_flags")).isTrue());
    }

    @Test
    void aResizedTerminalRedrawsTheQuestionAndANarrowOneAsksByLine() throws Exception {
        CompletableFuture<Ending> run = intake(SHIPPED);
        when("Question 1 of 15", DOWN, " ");
        resize(new Size(60, 20));
        awaitScreen("> [x] 2) New trouble starting or controlling urination, ...");
        assertThat(screen()).contains("(0 more above");
        resize(new Size(30, 20));
        awaitScreen("Answer with one");
        when("Answer with one", "n", "o", "n", "e", "\r");
        when("26) None of these [none]", CTRL_D);
        assertThat(done(run).answers().get("red_flags")).contains(new Answer.Choices(java.util.List.of("none")));
    }

    private void resize(Size to) {
        synchronized (written) {
            size = to;
            written.reset();
        }
        terminal.setSize(to);
        terminal.raise(Terminal.Signal.WINCH);
    }
}
