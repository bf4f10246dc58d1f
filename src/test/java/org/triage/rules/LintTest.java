package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.problem.Problem;
import org.triage.rules.lint.Lint;

/**
 * Every lint warns where the problem is, with a fix. One fixture per lint under
 * {@code src/test/resources/lint/}: the files that differ from {@code load-errors/_base} (which is
 * lint-clean) and {@code expected.txt}, the warnings as the user sees them. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then read every change.
 */
class LintTest {

    private static final Path SOURCE = Path.of("src", "test", "resources", "lint");

    @Test
    void theBaseRuleSetHasNoWarnings(@TempDir Path temp) {
        assertThat(lint(LoadErrorTest.ruleSet(temp, LoadErrorTest.BASE))).isEmpty();
    }

    @Test
    void theShippedRuleSetHasNoWarnings() {
        assertThat(Lint.check(ShippedRuleSetTest.shipped())).extracting(Problem::render).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void warnsWhereTheProblemIsWithAFix(String fixture, @TempDir Path temp) throws IOException {
        Path rules = LoadErrorTest.ruleSet(temp, LoadErrorTest.BASE);
        LoadErrorTest.copyTree(root().resolve(fixture), rules);

        List<Problem> warnings = lint(rules);

        String actual = warnings.stream().map(Problem::render).map(s -> s.replace(System.lineSeparator(), "\n"))
                .collect(Collectors.joining("\n"));
        assertThat(warnings).as("%s: a lint fixture must warn", fixture).isNotEmpty()
                .allMatch(p -> !p.isError(), "warnings only");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(SOURCE.resolve(fixture).resolve("expected.txt"), actual + "\n", StandardCharsets.UTF_8);
            return;
        }
        Path expected = root().resolve(fixture).resolve("expected.txt");
        assertThat(expected).as("%s has no expected.txt; run with -Dgolden.update=true and check it", fixture).exists();
        assertThat(actual).as("warnings of lint/%s", fixture)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).replace("\r\n", "\n").strip());
    }

    private static List<Problem> lint(Path rules) {
        LoadResult result = RuleSetLoader.load(rules, "rules");
        assertThat(result.problems()).extracting(Problem::render).isEmpty();
        return Lint.check(result.ruleSet().orElseThrow());
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static Path root() {
        try {
            return Path.of(LintTest.class.getResource("/lint").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
