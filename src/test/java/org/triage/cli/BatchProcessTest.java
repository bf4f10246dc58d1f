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

/** {@code triage batch} as the real program in its own process, with its standard streams redirected by the shell. */
class BatchProcessTest {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String INTAKE = "client_id,red_flags,conditions,goals\nA,none,none,relaxation\n";

    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void standardInputRedirectedFromAFileIsNeverOverwrittenByTheResults() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), INTAKE, StandardCharsets.UTF_8);

        int code = run(in, "batch", "-", "-o", in.toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("the output would overwrite the input");
        assertThat(Files.readString(in)).isEqualTo(INTAKE);
    }

    @Test
    void standardInputRedirectedFromAFileIsNeverOverwrittenByTheErrorsFile() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), INTAKE, StandardCharsets.UTF_8);

        int code = run(in, "batch", "-", "-o", dir.resolve("out.csv").toString(), "--errors", in.toString());

        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("--errors " + in)
                .contains("the output would overwrite the input");
        assertThat(Files.readString(in)).isEqualTo(INTAKE);
        assertThat(Files.exists(dir.resolve("out.csv"))).isFalse();
    }

    @Test
    void standardInputRedirectedFromAFileIsReadWhenTheResultsGoElsewhere() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), INTAKE, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");

        int code = run(in, "batch", "-", "-o", out.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(out)).contains("\n2,A,massage,");
    }

    @Test
    void resultsToAFullDiskOnStandardOutputAreAFailure() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), INTAKE, StandardCharsets.UTF_8);
        process = new ProcessBuilder(command("batch", in.toString())).redirectInput(in.toFile())
                .redirectOutput(new java.io.File("/dev/full")).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the program ended").isTrue();

        assertThat(process.exitValue()).isEqualTo(5);
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("cannot write the results to standard output")
                .doesNotContain("1 row in");
    }

    @Test
    void stoppingARunLeavesNoPartFileOfResultsBehind() throws Exception {
        Path in = dir.resolve("in.csv");
        process = new ProcessBuilder(command("template", "--sample", "300000", "--seed", "1"))
                .redirectOutput(in.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        Path out = dir.resolve("out.csv");
        // A build started in the background may inherit SIGTERM ignored; perl puts the default back and then
        // becomes the program (exec keeps the process id), as it is when a person or a service manager stops it.
        List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{TERM} = 'DEFAULT'; exec @ARGV or die $!"));
        command.addAll(command("batch", in.toString(), "-o", out.toString(), "--errors",
                dir.resolve("errors.csv").toString(), "--threads", "1"));
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (partFiles().size() < 2 && process.isAlive() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(partFiles()).as("the run has started writing").hasSize(2);
        assertThat(process.isAlive()).as("the run is still going").isTrue();

        Process kill = new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).start();
        assertThat(kill.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the program ended").isTrue();

        assertThat(process.exitValue()).as("stopped, not finished").isNotZero();
        assertThat(partFiles()).isEmpty();
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.exists(dir.resolve("errors.csv"))).isFalse();
    }

    private List<String> partFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    private List<String> command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.triage.App"));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the program with stdin from {@code stdin} and stderr to err.txt in the folder; its exit code. */
    private int run(Path stdin, String... args) throws IOException, InterruptedException {
        process = new ProcessBuilder(command(args)).redirectInput(stdin.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the program ended").isTrue();
        return process.exitValue();
    }
}
