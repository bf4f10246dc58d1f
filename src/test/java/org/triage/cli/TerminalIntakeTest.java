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

    private final String socket = "triage-test-" + ProcessHandle.current().pid();
    private final String session = "intake";

    @TempDir
    Path dir;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void aWholeIntakeTypedAtATerminal() throws Exception {
        assertThat(tmux("-V")).as("this test needs tmux (apt-get install tmux; .ci/run installs it)").isZero();
        Path saved = dir.resolve("intake.yaml");
        Path exit = dir.resolve("exit");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "NO_COLOR=1 '" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.triage.App --save '"
                + saved + "'; echo $? > '" + exit + "'; sleep 600";
        assertThat(tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "50", command)).isZero();
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
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!(Files.exists(exit) && Files.readString(exit).endsWith("\n")) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(exit).trim()).isEqualTo("0");
        assertThat(Files.readString(saved)).contains("goals: [\"relaxation\"]").contains("consent: \"self\"");
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
        Process p = new ProcessBuilder(command("capture-pane", "-p", "-J", "-S", "-", "-t", session)).start();
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
