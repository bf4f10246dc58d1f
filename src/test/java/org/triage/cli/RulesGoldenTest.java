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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.triage.App;

/**
 * Golden files for the rule authors' commands, one case per folder under golden/rules-test, golden/rules-check
 * and golden/rules-diff: {@code args} (one argument per line; {@code {dir}} stands for the case folder), the
 * expected {@code stdout}, {@code stderr} when there is any, and {@code exit} when it is not 0. In the output the
 * case folder is shown as {@code {dir}} too. Run with {@code -Dgolden.update=true} to rewrite the expected
 * files, then review the diff.
 */
class RulesGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicContainer> rulesCommandsOutput() throws IOException {
        return Stream.of("rules-test", "rules-check", "rules-diff").map(ROOT::resolve).filter(Files::isDirectory)
                .map(command -> DynamicContainer.dynamicContainer(command.getFileName().toString(), cases(command)));
    }

    private static Stream<DynamicTest> cases(Path command) {
        try (Stream<Path> dirs = Files.list(command)) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
                    .toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(Path dir) throws IOException {
        String shown = dir.toString();
        List<String> args = Files.readAllLines(dir.resolve("args")).stream().filter(l -> !l.isBlank())
                .map(l -> l.replace("{dir}", shown)).toList();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        int code = App.run(console, args.toArray(String[]::new));
        String stdout = normalise(out.toString(), shown);
        String stderr = normalise(err.toString(), shown);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(dir.resolve("stdout"), stdout, StandardCharsets.UTF_8);
            write(dir.resolve("stderr"), stderr.isEmpty() ? null : stderr);
            write(dir.resolve("exit"), code == 0 ? null : code + "\n");
        }
        assertThat(code).as("exit code").isEqualTo(Integer.parseInt(read(dir.resolve("exit"), "0").trim()));
        assertThat(stderr).as("stderr").isEqualTo(read(dir.resolve("stderr"), ""));
        assertThat(stdout).as("stdout").isEqualTo(read(dir.resolve("stdout"), ""));
    }

    static String normalise(String s, String dir) {
        return s.replace("\r\n", "\n").replace(dir, "{dir}").replace('\\', '/');
    }

    private static String read(Path file, String otherwise) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : otherwise;
    }

    private static void write(Path file, String text) throws IOException {
        if (text == null) {
            Files.deleteIfExists(file);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
