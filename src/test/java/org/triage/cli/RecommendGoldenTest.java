package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.triage.App;

/**
 * Golden files for {@code triage recommend}, one case per folder under golden/recommend: {@code args} (one
 * argument per line, {@code {dir}} stands for the case folder), the expected {@code stdout}, and {@code exit}
 * when it is not 0. The rule set's hash is shown as {@code <sha256>} so that a rule edit does not touch every
 * file. Run with {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class RecommendGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/golden/recommend");

    @TestFactory
    Stream<DynamicTest> recommendOutput() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
                    .toList().stream();
        }
    }

    private static void check(Path dir) throws IOException {
        List<String> args = Files.readAllLines(dir.resolve("args")).stream().filter(l -> !l.isBlank())
                .map(l -> l.replace("{dir}", dir.toString())).toList();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        int code = App.run(console, args.toArray(String[]::new));
        String stdout = normalise(out.toString());
        Path expectedOut = dir.resolve("stdout");
        Path expectedExit = dir.resolve("exit");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedOut, stdout, StandardCharsets.UTF_8);
            if (code != 0) {
                Files.writeString(expectedExit, code + "\n");
            }
        }
        int exit = Files.exists(expectedExit) ? Integer.parseInt(Files.readString(expectedExit).trim()) : 0;
        assertThat(err.toString()).as("stderr").isEmpty();
        assertThat(code).as("exit code").isEqualTo(exit);
        assertThat(stdout).isEqualTo(Files.readString(expectedOut, StandardCharsets.UTF_8));
    }

    static String normalise(String s) {
        return s.replace("\r\n", "\n").replaceAll("\"sha256\": \"[0-9a-f]{64}\"", "\"sha256\": \"<sha256>\"")
                .replaceAll("sha256 [0-9a-f]{12}\\)", "sha256 <sha256>)");
    }
}
