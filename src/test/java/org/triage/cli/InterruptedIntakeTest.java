package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) while the questionnaire reads piped input: the real program in its own process. */
class InterruptedIntakeTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    private Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void ctrlCSavesTheAnswersSoFarAndExitsWithTheCancelledCode() throws Exception {
        Path saved = dir.resolve("intake.yaml");
        start("ask", "--save", saved.toString());
        answer("none\nnone\n");
        awaitOut("What would you like treatment to help with?");
        interrupt();
        assertThat(exitCode()).isEqualTo(ExitCode.CANCELLED.code()).isEqualTo(130);
        assertThat(Files.readString(saved)).contains("red_flags: [\"none\"]").contains("conditions: [\"none\"]")
                .doesNotContain("goals");
        assertThat(err.toString()).contains("questionnaire stopped; nothing was recommended")
                .contains("to continue: triage --resume " + saved).doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("intake.yaml");
        }
    }

    @Test
    void ctrlCWithoutSaveSaysNothingWasRecommended() throws Exception {
        start("ask");
        answer("none\n");
        awaitOut("health conditions or medicines");
        interrupt();
        assertThat(exitCode()).isEqualTo(130);
        assertThat(err.toString()).contains("questionnaire stopped; nothing was recommended").doesNotContain("--resume");
        assertThat(out.toString()).doesNotContain("Recommended approach");
    }

    /**
     * Ctrl-C in a pipeline ends the input too: the end of input and the signal race. Whichever wins, the answers
     * are saved once, the stopped message is printed once, and nothing is left half-written.
     */
    @RepeatedTest(5)
    void ctrlCAsThePipedInputEndsSavesOnceAndSaysSoOnce() throws Exception {
        Path saved = dir.resolve("intake.yaml");
        start("ask", "--save", saved.toString());
        answer("none\nnone\n");
        awaitOut("What would you like treatment to help with?");
        process.getOutputStream().close();
        interrupt();
        assertThat(exitCode()).isIn(ExitCode.INPUT_ENDED.code(), ExitCode.CANCELLED.code());
        assertThat(Files.readString(saved)).contains("red_flags: [\"none\"]").contains("conditions: [\"none\"]");
        awaitErr("nothing was recommended");
        assertThat(err.toString().split("nothing was recommended", -1)).as(err.toString()).hasSize(2);
        assertThat(err.toString().split("to continue: triage --resume", -1)).as(err.toString()).hasSize(2);
        assertThat(err.toString()).doesNotContain("Exception");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("intake.yaml");
        }
    }

    @Test
    void ctrlCPrintsTheReferralTheAnswersSoFarAlreadyMean() throws Exception {
        start("ask");
        answer("night_pain\ncancer_active\n");
        awaitOut("What would you like treatment to help with?");
        interrupt();
        assertThat(exitCode()).isEqualTo(130);
        awaitOut("See a physician today");
        assertThat(out.toString()).contains("SEE A PHYSICIAN FIRST (URGENT)");
        assertThat(err.toString()).contains("questionnaire stopped; no treatment was recommended: follow the referral");
    }

    private void start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A build started in the background inherits SIGINT ignored, and so would the program; perl puts the
        // default back before it becomes the program (exec keeps the process id), as a person's terminal has it.
        List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!",
                java, "-cp", System.getProperty("java.class.path"), "org.triage.App"));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).start();
        copy(process.getInputStream(), out);
        copy(process.getErrorStream(), err);
    }

    private void answer(String lines) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(lines.getBytes(StandardCharsets.UTF_8));
        in.flush(); // and the input stays open, as when a person types into a pipe
    }

    private void interrupt() throws Exception {
        String ignored = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0");
        assertThat(Long.parseLong(ignored.substring(7).trim(), 16) & 2)
                .as("SIGINT is ignored in the program's process")
                .isZero();
        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
        assertThat(kill.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    private int exitCode() throws InterruptedException {
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the program ended").isTrue();
        return process.exitValue();
    }

    private void awaitErr(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!err.toString().contains(text) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        Thread.sleep(100); // and whatever a second message would add
    }

    private void awaitOut(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!out.toString().contains(text) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).as("the program's output").contains(text);
    }

    private static void copy(InputStream from, StringBuffer to) {
        Thread reader = new Thread(() -> {
            char[] buffer = new char[4096];
            try (Reader text = new InputStreamReader(from, StandardCharsets.UTF_8)) {
                for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
                    to.append(buffer, 0, n);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }
}
