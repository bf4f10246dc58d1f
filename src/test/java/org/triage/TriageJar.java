package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The built jar ({@code target/triage.jar}) run as a process by the java that runs the tests. */
final class TriageJar {

    static final Path JAR = Path.of("target/triage.jar").toAbsolutePath();
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Result(int code, String out, String err) {
    }

    private TriageJar() {
    }

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the program in {@code dir}, with no input, its output to {@code out} and its errors to {@code err}. */
    static Process start(Path dir, Path out, Path err, String... args) throws IOException {
        return new ProcessBuilder(command(args)).directory(dir.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    /** Runs the program to its end; its output and errors go through files in {@code scratch}. */
    static Result run(Path dir, Path scratch, String... args) throws Exception {
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        Process p = start(dir, out, err, args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /** Runs a shell command line, given the jar's command as {@code $TRIAGE}. */
    static Result shell(Path dir, String script) throws Exception {
        Path out = Files.createTempFile("triage-shell", ".out");
        Path err = Files.createTempFile("triage-shell", ".err");
        try {
            ProcessBuilder b = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                    .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectError(err.toFile());
            b.environment().put("TRIAGE", JAVA + " -jar " + JAR);
            Process p = b.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + script).isTrue();
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
