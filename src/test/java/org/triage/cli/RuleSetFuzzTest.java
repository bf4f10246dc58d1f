package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.triage.problem.Problem;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSetLoader;

/**
 * The rule set loader on a folder made from fuzzed bytes: the shipped rule set with one of its files (chosen by the
 * first byte) replaced by the rest of the input. A load gives a rule set or problems, each at a place in a file.
 */
class RuleSetFuzzTest {

    private static final Path SHIPPED = Path.of("rules");
    private static Path dir;
    private static final Map<String, byte[]> ORIGINALS = new LinkedHashMap<>();
    private static List<String> names;

    @BeforeAll
    static void copyShippedRules() throws IOException {
        dir = Files.createTempDirectory("triage-fuzz-rules");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = SHIPPED.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(p);
                Path copy = dir.resolve(name);
                Files.createDirectories(copy.getParent());
                Files.write(copy, bytes);
                ORIGINALS.put(name, bytes);
            }
        }
        names = List.copyOf(ORIGINALS.keySet());
    }

    @AfterAll
    static void removeCopy() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FuzzTest
    void ruleSet(byte[] input) {
        FuzzChecks.bounded(input, FuzzChecks.BASE, () -> {
            if (input.length == 0) {
                return;
            }
            String name = names.get(Byte.toUnsignedInt(input[0]) % names.size());
            write(name, Arrays.copyOfRange(input, 1, input.length));
            try {
                LoadResult result = RuleSetLoader.load(dir, "rules", readFor(name));
                assertThat(result.ruleSet().isPresent() || result.problems().stream().anyMatch(Problem::isError))
                        .as("a rule set, or the errors that stopped it").isTrue();
                for (Problem p : result.problems()) {
                    assertThat(p.location().file()).as(p.render()).startsWith("rules/");
                    assertThat(p.render()).as("a problem never repeats a long value")
                            .hasSizeLessThan(org.triage.problem.Limits.LINE_CHARS);
                }
            } finally {
                write(name, ORIGINALS.get(name));
            }
        });
    }

    /** The cases are read when a case file was changed, the policies when they were: else neither, to go faster. */
    private static RuleSetLoader.Cases readFor(String name) {
        if (name.startsWith("cases/")) {
            return RuleSetLoader.Cases.READ;
        }
        return name.equals("policies.yaml") ? RuleSetLoader.Cases.POLICIES : RuleSetLoader.Cases.SKIP;
    }

    private static void write(String name, byte[] bytes) {
        try {
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
