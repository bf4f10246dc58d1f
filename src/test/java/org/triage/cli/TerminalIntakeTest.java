package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.questionnaire.Intake;
import org.triage.rules.Field;
import org.triage.rules.RuleSetLoader;

/**
 * The real program under a pseudo-terminal (tmux): a whole intake typed key by key. Each reply is
 * typed only once the question it answers is on the screen and the cursor waits on an empty input
 * line, so nothing depends on how fast the machine is; the timeouts are generous for a loaded one.
 */
class TerminalIntakeTest {

    private static final long TIMEOUT_SECONDS = 60;

    private static final java.util.concurrent.atomic.AtomicInteger TESTS = new java.util.concurrent.atomic.AtomicInteger();

    /** A server of its own for each test: one stopped by the test before may still be going away. */
    private final String socket = "triage-test-" + ProcessHandle.current().pid() + "-" + TESTS.incrementAndGet();
    private final String session = "intake";

    @TempDir
    Path dir;

    /** Whether the screen is read with wrapped lines joined (line mode) or as drawn (questions drawn whole). */
    private boolean joined = true;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    /** Starts the program in a terminal of that size, saving to intake.yaml; its exit code goes to the file exit. */
    private void start(String environment, int columns, int rows) throws Exception {
        joined = !environment.isEmpty();
        assertThat(tmux("-V")).as("this test needs tmux (apt-get install tmux; .ci/run installs it)").isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = environment + " '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.triage.App --save '" + dir.resolve("intake.yaml") + "'; echo $? > '" + dir.resolve("exit")
                + "'; sleep 600";
        assertThat(tmux("new-session", "-d", "-s", session, "-x", "" + columns, "-y", "" + rows, command)).isZero();
    }

    private String exitCode() throws Exception {
        Path exit = dir.resolve("exit");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!(Files.exists(exit) && Files.readString(exit).endsWith("\n")) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return Files.readString(exit).trim();
    }

    @Test
    void aWholeIntakeAnsweredWithTheArrowKeysSpaceAndEnter() throws Exception {
        start("", 100, 40);
        awaitScreen("Question 1 of 15 - Screening", ">");
        press("Up", "Space");
        awaitScreen("> [x] 15) None of these", ">");
        press("Enter");
        awaitScreen("Question 2 of 15 - Screening", ">");
        keys("none");
        awaitScreen("Question 3 of 15 - Screening", ">");
        press("Down", "Space", "Enter");
        awaitScreen("Question 4 of 15 - Consent", ">");
        assertThat(tmux("resize-window", "-t", session, "-x", "60", "-y", "20")).isZero();
        awaitScreen("  1) The client agrees to treatment themselves", ">");
        // the terminal keeps what it rewrapped in its scrollback; the question is drawn anew below it
        String redrawn = screen().substring(screen().lastIndexOf("Question 4 of 15 - Consent"));
        assertThat(redrawn.lines()).as("redrawn to fit 60 columns").allMatch(l -> l.length() <= 60)
                .anyMatch(l -> l.startsWith("  2) A parent or guardian agrees for a client") && l.endsWith("..."));
        press("Down", "Enter"); // a required choice starts on nothing: Down moves to the first option
        awaitScreen("Question 5 of 15 - Screening", ">");
        press("Enter");
        awaitScreen("A whole number from 0 to 120", ">");
        assertThat(tmux("send-keys", "-t", session, "-l", "150")).isZero();
        awaitScreen("150 is out of range", null);
        press("BSpace", "BSpace", "BSpace");
        keys("40");
        for (int n = 7; n <= 15; n++) {
            awaitScreen("Question " + n + " of 15", ">");
            press("Enter");
        }
        joined = true; // the review is read line by line, and its prompt wraps at 60 columns
        awaitScreen("Please check your answers", "Press Enter to see the result");
        keys("");
        awaitScreen("Recommended approach: general massage", null);
        awaitScreen("To print a summary for the client", "To print a summary");
        keys(""); // Enter declines the summary
        assertThat(exitCode()).isEqualTo("0");
        assertThat(Files.readString(dir.resolve("intake.yaml"))).contains("goals: [\"stress_relief\"]")
                .contains("consent: \"self\"").contains("age: 40").doesNotContain("needles_ok");
        assertThat(screen()).contains("The client agrees to treatment themselves").contains("How old are you, in years? 40")
                .doesNotContain("Exception");
    }

    @Test
    void ctrlCInAQuestionAsksWhetherToQuitAndSavesTheAnswersSoFar() throws Exception {
        start("", 100, 40);
        awaitScreen("Question 1 of 15", ">");
        keys("none");
        awaitScreen("Question 2 of 15", ">");
        press("C-c");
        awaitScreen("Quit the questionnaire? (y/n)", null);
        keys("y");
        assertThat(exitCode()).isEqualTo("130");
        assertThat(Files.readString(dir.resolve("intake.yaml"))).contains("red_flags: [\"none\"]");
        assertThat(screen()).contains("questionnaire stopped while question 'conditions' was waiting");
    }

    @Test
    void aDumbTerminalKeepsTheLineMode() throws Exception {
        start("TERM=dumb", 100, 40);
        answer("Do any of these apply", "none");
        awaitScreen("health conditions", ">");
        assertThat(screen()).contains("  15) None of these [none]").doesNotContain("Question 1 of");
    }

    @Test
    void aTerminalUnder40ColumnsKeepsTheLineMode() throws Exception {
        start("", 39, 40);
        joined = true;
        answer("Do any of these apply", "none");
        awaitScreen("health conditions", ">");
        assertThat(screen()).contains("15) None of these [none]").doesNotContain("Question 1 of");
    }

    @Test
    void aWholeIntakeTypedAtATerminal() throws Exception {
        start("NO_COLOR=1", 150, 50);
        answer("Do any of these apply", "none");
        answer("health conditions", "none");
        answer("What would you like", "rel\t");
        answer("Who gives consent", "5");
        answer("unknown value '5' for consent", "self");
        for (Field optional : optionalQuestions()) {
            answer(optional.prompt(), "");
        }
        awaitScreen("Please check your answers", "Press Enter to see the result");
        keys("");
        awaitScreen("Recommended approach: general massage", null);
        Path summary = dir.resolve("summary.html");
        awaitScreen("To print a summary for the client", "To print a summary");
        keys(summary.toString());
        assertThat(exitCode()).isEqualTo("0");
        assertThat(Files.readString(dir.resolve("intake.yaml"))).contains("goals: [\"relaxation\"]").contains("consent: \"self\"");
        assertThat(screen()).contains("unknown value '5' for consent").contains("The summary is in " + summary)
                .doesNotContain("Exception");
        assertThat(Files.readString(summary)).contains("The approach: general massage");
    }

    /** The questions after consent that a wellness intake is asked: those that are not follow-ups. */
    private static List<Field> optionalQuestions() {
        List<Field> order = Intake.order(RuleSetLoader.builtIn().ruleSet().orElseThrow().questionnaire());
        return order.subList(4, order.size()).stream().filter(f -> f.askWhen().isEmpty()).toList();
    }

    /** Types {@code reply} and Enter once {@code question} is on the screen and its input line waits. */
    private void answer(String question, String reply) throws Exception {
        awaitScreen(question, ">");
        keys(reply);
    }

    /** Presses keys by their tmux names (Up, Down, Space, Enter, BSpace, C-c), one at a time. */
    private void press(String... names) throws Exception {
        for (String name : names) {
            assertThat(tmux("send-keys", "-t", session, name)).isZero();
            Thread.sleep(50);
        }
    }

    private void keys(String text) throws Exception {
        if (!text.isEmpty()) {
            assertThat(tmux("send-keys", "-t", session, "-l", text)).isZero();
        }
        assertThat(tmux("send-keys", "-t", session, "Enter")).isZero();
    }

    /**
     * Waits until the screen shows {@code text} and, unless null, its last line starts with
     * {@code inputLine} and nothing has been typed on it yet.
     */
    private void awaitScreen(String text, String inputLine) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        String screen = screen();
        while (!ready(screen, text, inputLine) && System.nanoTime() < end) {
            Thread.sleep(20);
            screen = screen();
        }
        assertThat(screen).as("the screen").contains(text);
        if (inputLine != null) {
            assertThat(lastLine(screen)).as("the input line").startsWith(inputLine);
        }
    }

    private static boolean ready(String screen, String text, String inputLine) {
        if (!screen.contains(text)) {
            return false;
        }
        String last = lastLine(screen);
        return inputLine == null || last.startsWith(inputLine) && (last.equals(">") || last.endsWith(":"));
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private String screen() throws IOException, InterruptedException {
        // -J joins the lines a long reply wrapped onto; questions drawn whole fit the width, line by line
        List<String> capture = new ArrayList<>(List.of("capture-pane", "-p", "-S", "-", "-t", session));
        if (joined) {
            capture.add("-J");
        }
        Process p = new ProcessBuilder(command(capture.toArray(String[]::new))).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return text;
    }

    private int tmux(String... args) throws IOException, InterruptedException {
        try {
            ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true);
            pb.environment().put("SHELL", "/bin/sh"); // the session's command is written for sh, whatever the user's shell
            Process p = pb.start();
            p.getInputStream().readAllBytes();
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private List<String> command(String... args) {
        List<String> out = new ArrayList<>(List.of("tmux", "-L", socket));
        out.addAll(List.of(args));
        return out;
    }
}
