package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs of 20 MB, far over their limits, are refused by the built jar in a 128 MB heap with a located error and no
 * stack trace: an answers file with one long value, a CSV with one long cell, a rule file of one long line. Runs
 * after the package phase (failsafe). How long they take is measured by bench/limits.sh, not here.
 */
class LargeInputsIT {

    private static final int SIZE = 20_000_000;

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result java(String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", Path.of("target/triage.jar").toAbsolutePath().toString()), Stream.of(args)).toList();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** {@code head}, then {@code SIZE} times {@code x}, then {@code tail}: written in pieces, never held whole. */
    private Path write(String name, String head, String tail) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        String piece = "x".repeat(1_000_000);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            for (int i = 0; i < SIZE / piece.length(); i++) {
                w.write(piece);
            }
            w.write(tail);
        }
        return file;
    }

    @Test
    void anAnswersFileOfTwentyMegabytesIsRefusedWhereItPassesOneMebibyte() throws Exception {
        Path big = write("big.yaml", "red_flags: [none]\nconditions: [none]\ngoals: [relaxation]\nclient_id: \"", "\"\n");
        Result r = java("recommend", "--answers", big.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains(big + ":4:1048520: error: the file is larger than 1,048,576 bytes (1 MiB)")
                .contains("fix: ").doesNotContain("Exception").doesNotContain("xxxxxxxxxx");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aCsvCellOfTwentyMegabytesEndsTheBatchAtItsLine() throws Exception {
        Path big = write("big.csv", "client_id,red_flags,conditions,goals\nA,none,none,relaxation\n\"",
                "\",none,none,relaxation\n");
        Result r = java("batch", big.toString(), "-o", dir.resolve("results.csv").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains(big + ":3: error: the record starting at line 3 has more than 1,000,000 characters")
                .doesNotContain("Exception").doesNotContain("xxxxxxxxxx");
        assertThat(dir.resolve("results.csv")).as("nothing half-written").doesNotExist();
    }

    @Test
    void aRuleFileOfOneTwentyMegabyteLineIsAnErrorOfTheRuleSet() throws Exception {
        Path rules = dir.resolve("rules");
        Path shipped = Path.of("rules").toAbsolutePath();
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path copy = rules.resolve(shipped.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        write("rules/extra.yaml", "rules: [", "]\n");
        Result r = java("recommend", "--rules", rules.toString(), "-a", "red_flags=none", "-a", "conditions=none",
                "-a", "goals=relaxation");
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("extra.yaml:1:1048577: error: the file is larger than 1,048,576 bytes (1 MiB)")
                .contains("fix: split it").doesNotContain("Exception").doesNotContain("xxxxxxxxxx");
    }
}
