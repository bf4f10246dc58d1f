package org.triage.rules.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.problem.Problems;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * The built-in rule set's files are kept in the jar as trees read when the program was built. A kept tree must be
 * exactly what the YAML reader makes of the same text (places included, as every message names them), and must
 * never stand in for a text it was not read from.
 */
class TreeCacheTest {

    private static final Path RULES = Path.of("rules");

    @TempDir
    Path dir;

    @Test
    void everyBuiltInFileIsKeptAsTheReaderReadsItsText() throws IOException {
        TreeCache cache = TreeCache.builtIn();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RULES, 2)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(8);
        for (Path file : files) {
            String name = "rules/" + RULES.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file);
            Optional<Node> read = TreeReader.read(name, text, new Problems());
            assertThat(cache.tree(name, text)).as(name).isPresent().isEqualTo(read);
        }
    }

    @Test
    void aTreeIsNotUsedForATextItWasNotReadFrom() throws IOException {
        TreeCache cache = TreeCache.builtIn();
        String text = Files.readString(RULES.resolve("consent.yaml"));
        assertThat(cache.tree("rules/consent.yaml", text)).isPresent();
        assertThat(cache.tree("rules/consent.yaml", text + "\n# one more line\n")).isEmpty();
        assertThat(cache.tree("rules/consent.yaml", text.replace("consent.none", "consent.nonE"))).isEmpty();
        assertThat(cache.tree("elsewhere/consent.yaml", text)).isEmpty();
        assertThat(TreeCache.NONE.tree("rules/consent.yaml", text)).isEmpty();
    }

    @Test
    void treesComeBackAsTheyWereWritten() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), """
                # a comment
                text: "a \\"quoted\\" value: with a colon"
                unicode: "é — 中"
                number: -4.5
                whole: 12
                flag: true
                nothing: null
                empty: ""
                nested:
                  - {field: age, at_most: 3}
                  - [one, two, [three]]
                  - key: |
                      two
                      lines
                """);
        Files.createDirectories(dir.resolve("cases"));
        Files.writeString(dir.resolve("cases/b.yaml"), "- x\n- 'y'\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TreeCache.write(dir, "set", bytes);
        TreeCache cache = TreeCache.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (String name : List.of("a.yaml", "cases/b.yaml")) {
            String text = Files.readString(dir.resolve(name));
            Optional<Node> read = TreeReader.read("set/" + name, text, new Problems());
            assertThat(read).isPresent();
            assertThat(cache.tree("set/" + name, text)).as(name).isEqualTo(read);
        }
    }

    @Test
    void aFileThatDoesNotReadCleanlyStopsTheBuild() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "key: [unclosed\n");
        assertThatThrownBy(() -> TreeCache.write(dir, "set", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("set/bad.yaml does not read cleanly");
    }

    @Test
    void theBuiltInRuleSetIsTheOneItsYamlGives() {
        LoadResult kept = RuleSetLoader.builtIn();
        LoadResult read = RuleSetLoader.load(RULES, "rules");
        assertThat(kept.problems()).isEqualTo(read.problems());
        RuleSet a = kept.ruleSet().orElseThrow();
        RuleSet b = read.ruleSet().orElseThrow();
        assertThat(a.rules()).isEqualTo(b.rules());
        assertThat(a.questionnaire().fields()).isEqualTo(b.questionnaire().fields());
        assertThat(a.techniques()).isEqualTo(b.techniques());
        assertThat(a.cases()).isEqualTo(b.cases());
        assertThat(a.content().sha256()).isEqualTo(b.content().sha256());
    }
}
