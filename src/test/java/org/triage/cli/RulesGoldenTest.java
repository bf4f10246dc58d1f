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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.triage.App;

/**
 * Golden files for the rule authors' commands, one case per folder under golden/rules-test, golden/rules-check,
 * golden/rules-diff and golden/rules-prove: {@code args} (one argument per line; {@code {dir}} stands for the case folder, and
 * {@code {shipped+NAME}} for a copy of the shipped {@code rules/} with the files of the case's folder
 * {@code NAME} laid over it), the expected {@code stdout}, {@code stderr} when there is any, and {@code exit}
 * when it is not 0. In the output these folders are shown by the same placeholders. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class RulesGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/golden");
    private static final Pattern SHIPPED_PLUS = Pattern.compile("\\{shipped\\+([\\w-]+)}");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicContainer> rulesCommandsOutput() throws IOException {
        return Stream.of("rules-test", "rules-check", "rules-diff", "rules-prove").map(ROOT::resolve).filter(Files::isDirectory)
                .map(command -> DynamicContainer.dynamicContainer(command.getFileName().toString(), cases(command)));
    }

    private Stream<DynamicTest> cases(Path command) {
        try (Stream<Path> dirs = Files.list(command)) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)))
                    .toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void check(Path dir) throws IOException {
        String shown = dir.toString();
        Map<String, String> overlays = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("args"))) {
            if (!line.isBlank()) {
                args.add(overlay(line, dir, overlays).replace("{dir}", shown));
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        int code = App.run(console, args.toArray(String[]::new));
        String stdout = normalise(out.toString(), shown, overlays);
        String stderr = normalise(err.toString(), shown, overlays);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(dir.resolve("stdout"), stdout, StandardCharsets.UTF_8);
            write(dir.resolve("stderr"), stderr.isEmpty() ? null : stderr);
            write(dir.resolve("exit"), code == 0 ? null : code + "\n");
        }
        assertThat(code).as("exit code").isEqualTo(Integer.parseInt(read(dir.resolve("exit"), "0").trim()));
        assertThat(stderr).as("stderr").isEqualTo(read(dir.resolve("stderr"), ""));
        assertThat(stdout).as("stdout").isEqualTo(read(dir.resolve("stdout"), ""));
    }

    /** Replaces each {shipped+NAME} with a fresh copy of rules/ overlaid by the case's folder NAME. */
    private String overlay(String arg, Path dir, Map<String, String> overlays) throws IOException {
        Matcher m = SHIPPED_PLUS.matcher(arg);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Path copy = temp.resolve(dir.getFileName().toString()).resolve(m.group(1));
            if (!Files.isDirectory(copy)) {
                copyTree(Path.of("rules"), copy);
                copyTree(dir.resolve(m.group(1)), copy);
            }
            overlays.put(copy.toString(), m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(copy.toString()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String normalise(String s, String dir) {
        return s.replace("\r\n", "\n").replace(dir, "{dir}").replace(Path.of("").toAbsolutePath().toString(), "{cwd}")
                .replace('\\', '/');
    }

    private static String normalise(String s, String dir, Map<String, String> overlays) {
        for (Map.Entry<String, String> e : overlays.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return normalise(s, dir);
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
