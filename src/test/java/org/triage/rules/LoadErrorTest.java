package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.engine.CaseCheck;
import org.triage.problem.Problem;

/**
 * Every kind of mistake in a rule set is reported at its {@code file:line:column}, with a fix, and all
 * of a rule set's mistakes come in one run.
 *
 * <p>The cases are data: each folder under {@code src/test/resources/load-errors/} other than
 * {@code _base} holds only the files that differ from {@code _base} (a minimal valid rule set),
 * an optional {@code removed.txt} naming files of {@code _base} to leave out (one per line), and
 * {@code expected.txt}: the problems exactly as the user sees them. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then read every change before keeping it.
 */
class LoadErrorTest {

    static final String FIXTURES = "load-errors";
    static final String BASE = "_base";
    private static final String EXPECTED = "expected.txt";
    private static final String REMOVED = "removed.txt";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** Where {@code -Dgolden.update=true} writes: the source tree, not the copy on the class path. */
    private static final Path SOURCE = Path.of("src", "test", "resources", FIXTURES);

    @Test
    void theBaseRuleSetLoadsWithoutProblemsAndItsCasePasses(@TempDir Path temp) {
        Path rules = ruleSet(temp, BASE);

        LoadResult result = RuleSetLoader.load(rules, "rules");

        assertThat(result.problems()).extracting(Problem::render).isEmpty();
        RuleSet rs = result.ruleSet().orElseThrow();
        assertThat(rs.questionnaire().fields()).extracting(f -> f.type())
                .containsExactlyInAnyOrder(FieldType.values());
        assertThat(rs.cases()).singleElement()
                .satisfies(c -> assertThat(CaseCheck.run(rs, c).failures()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryMistakeWhereItIsWithAFix(String fixture, @TempDir Path temp) throws IOException {
        Path rules = ruleSet(temp, fixture);

        LoadResult result = RuleSetLoader.load(rules, "rules");

        String actual = result.problems().stream().map(Problem::render)
                .map(s -> s.replace(System.lineSeparator(), "\n")).collect(Collectors.joining("\n"));
        // Surefire names parameterized runs by number, so every assertion names the fixture.
        assertThat(result.problems()).as("%s: a fixture is a mistake, so it must have problems", fixture).isNotEmpty();
        assertThat(result.ruleSet()).as("%s: a rule set with errors is never returned", fixture).isEmpty();
        Path expected = fixtureDir(fixture).resolve(EXPECTED);
        if (UPDATE) {
            Path target = SOURCE.resolve(fixture).resolve(EXPECTED);
            assertThat(target.getParent()).as("run the update from the project folder").isDirectory();
            Files.writeString(target, actual + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(expected).as("%s has no %s; run with -Dgolden.update=true and check it", fixture, EXPECTED).exists();
        assertThat(actual).as("problems of %s/%s", FIXTURES, fixture)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).replace("\r\n", "\n").strip());
    }

    /** Every fixture folder's name, in name order. */
    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(root())) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(BASE)).sorted().toList();
            return names.stream();
        }
    }

    /** A folder named {@code rules} in {@code temp}: _base with the fixture's files laid over it. */
    static Path ruleSet(Path temp, String fixture) {
        Path rules = temp.resolve("rules");
        copyTree(fixtureDir(BASE), rules);
        if (!fixture.equals(BASE)) {
            Path dir = fixtureDir(fixture);
            copyTree(dir, rules);
            remove(dir.resolve(REMOVED), rules);
        }
        return rules;
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals(EXPECTED) || name.equals(REMOVED)) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path list, Path rules) {
        if (!Files.exists(list)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    Path file = rules.resolve(line.strip());
                    assertThat(file).as("%s names a file that _base does not have", list).exists();
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixtureDir(String name) {
        return root().resolve(name);
    }

    private static Path root() {
        URL url = LoadErrorTest.class.getResource("/" + FIXTURES);
        if (url == null) {
            throw new IllegalStateException("test resources " + FIXTURES + "/ are not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
