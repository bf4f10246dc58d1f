package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for {@code triage batch}, one case per folder under golden/batch: {@code args} (one argument per
 * line; {@code {dir}} is the case folder, {@code {out}} a fresh temporary folder), the expected {@code stdout}
 * and {@code stderr} (times shown as {@code <t>}), {@code exit} when it is not 0, and expected files written into
 * {@code {out}} under {@code expected/}. Run with {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class BatchGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/golden/batch");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> batchOutput() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
                    .toList().stream();
        }
    }

    private void check(Path dir) throws IOException {
        Path out = Files.createDirectories(temp.resolve(dir.getFileName()));
        List<String> args = Files.readAllLines(dir.resolve("args")).stream().filter(l -> !l.isBlank())
                .map(l -> l.replace("{dir}", dir.toString()).replace("{out}", out.toString())).toList();
        Run run = Run.of(args.toArray(String[]::new));
        String stderr = normalise(run.err()).replace(out.toString(), "{out}").replace(dir.toString(), "{dir}");
        boolean update = Boolean.getBoolean("golden.update");
        Path expectedFiles = dir.resolve("expected");
        if (update) {
            Files.writeString(dir.resolve("stdout"), normalise(run.out()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("stderr"), stderr, StandardCharsets.UTF_8);
            Files.deleteIfExists(dir.resolve("exit"));
            if (run.code() != 0) {
                Files.writeString(dir.resolve("exit"), run.code() + "\n");
            }
            try (Stream<Path> written = Files.list(out)) {
                for (Path f : written.toList()) {
                    Files.createDirectories(expectedFiles);
                    Files.copy(f, expectedFiles.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path exitFile = dir.resolve("exit");
        int exit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).trim()) : 0;
        assertThat(run.code()).as("exit code").isEqualTo(exit);
        assertThat(normalise(run.out())).as("stdout").isEqualTo(Files.readString(dir.resolve("stdout")));
        assertThat(stderr).as("stderr").isEqualTo(Files.readString(dir.resolve("stderr")));
        List<String> expected = Files.exists(expectedFiles) ? names(expectedFiles) : List.of();
        assertThat(names(out)).as("files written").isEqualTo(expected);
        for (String name : expected) {
            assertThat(Files.readString(out.resolve(name))).as(name).isEqualTo(Files.readString(expectedFiles.resolve(name)));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String normalise(String s) {
        return RecommendGoldenTest.normalise(s).replaceAll("\"sha256\":\"[0-9a-f]{64}\"", "\"sha256\":\"<sha256>\"")
                .replaceAll("in [0-9.]+ s \\([0-9]+ rows/s\\)", "in <t> s (<n> rows/s)");
    }
}
