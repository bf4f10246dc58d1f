package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real program under a pseudo-terminal (tmux): a whole intake typed key by key. */
class TerminalIntakeTest {

    private final String socket = "triage-test-" + ProcessHandle.current().pid();

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
                + saved + "'; echo $? > '" + exit + "'; sleep 60";
        assertThat(tmux("new-session", "-d", "-x", "150", "-y", "50", command)).isZero();
        answer("Do any of these apply", "none");
        answer("health conditions", "none");
        answer("What would you like", "rel\t");
        answer("Who gives consent", "5");
        answer("this question needs an answer", "self");
        for (int i = 0; i < 11; i++) {
            awaitScreen("skip");
            keys("");
        }
        awaitScreen("Please check your answers");
        keys("");
        awaitScreen("Recommended approach: general massage");
        for (int i = 0; i < 500 && !Files.exists(exit); i++) {
            Thread.sleep(20);
        }
        assertThat(Files.readString(exit).trim()).isEqualTo("0");
        assertThat(Files.readString(saved)).contains("goals: [\"relaxation\"]").contains("consent: \"self\"");
        assertThat(screen()).contains("unknown value '5' for consent").doesNotContain("Exception");
    }

    private void answer(String question, String reply) throws Exception {
        awaitScreen(question);
        keys(reply);
    }

    private void keys(String text) throws Exception {
        if (!text.isEmpty()) {
            tmux("send-keys", "-t", "0", "-l", text);
        }
        tmux("send-keys", "-t", "0", "Enter");
        Thread.sleep(150);
    }

    private void awaitScreen(String text) throws Exception {
        for (int i = 0; i < 500 && !screen().contains(text); i++) {
            Thread.sleep(20);
        }
        assertThat(screen()).as("the screen").contains(text);
    }

    private String screen() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command("capture-pane", "-p", "-J", "-S", "-200", "-t", "0")).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return text;
    }

    private int tmux(String... args) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
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
