package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch runs in a 128 MB heap whatever the number of processors: the default is a thread per processor, and
 * what waits to be written must not grow with them. Runs the built jar as a process, claiming 32 processors, on
 * JSON Lines (the largest results). Runs after the package phase (failsafe).
 */
class SmallHeapIT {

    @TempDir
    Path dir;

    private int java(Path out, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=32", "-Xmx128m", "-jar", Path.of("target/triage.jar").toAbsolutePath().toString()),
                Stream.of(args)).toList();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        return p.exitValue();
    }

    /** Chunks of long records end early: 300 records of a million characters each fit, each row invalid at its line. */
    @Test
    void recordsOfAMillionCharactersEachFitInTheSmallHeap() throws Exception {
        Path in = dir.resolve("wide.csv");
        try (var w = Files.newBufferedWriter(in)) {
            w.write("client_id,red_flags,conditions,goals\n");
            String cell = "y".repeat(999_000);
            for (int i = 0; i < 300; i++) {
                w.write("\"" + cell + "\",none,none,relaxation\n");
            }
        }
        Path out = dir.resolve("out.csv");
        int code = java(dir.resolve("stdout.txt"), "batch", in.toString(), "-o", out.toString());
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(code).as(err).isEqualTo(6);
        assertThat(err).contains("triage batch: 300 rows in", "invalid rows: 300").doesNotContain("Exception", "not valid CSV");
        assertThat(Files.readAllLines(out)).hasSize(301).element(300).asString().startsWith("301,")
                .contains("longer than 4,096 characters");
    }

    @Test
    void manyThreadsOfJsonLinesFitInTheSmallHeap() throws Exception {
        Path in = dir.resolve("in.csv");
        assertThat(java(in, "template", "--sample", "200000", "--seed", "4")).isZero();
        Path out = dir.resolve("out.jsonl");
        int code = java(dir.resolve("stdout.txt"), "batch", in.toString(), "--format", "jsonl", "-o", out.toString());
        assertThat(code).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("triage batch: 200000 rows in");
        try (Stream<String> lines = Files.lines(out)) {
            assertThat(lines.count()).isEqualTo(200_000);
        }
    }
}
