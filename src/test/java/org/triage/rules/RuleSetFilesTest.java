package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.problem.Problems;
import org.triage.rules.RuleSetLoader.Cases;

/** How a rule set's files are read: from a folder or from the program's jar, with or without the cases. */
class RuleSetFilesTest {

    private static final Path RULES = Path.of("rules");

    @TempDir
    Path dir;

    @Test
    void theRuleSetInAJarReadsAsTheSameFolder() throws IOException {
        Path jar = jarOf(RULES, dir.resolve("program.jar"));
        Problems fromJar = new Problems();
        Problems fromFolder = new Problems();
        try (JarFile file = new JarFile(jar.toFile())) {
            RuleSetFiles inJar = RuleSetFiles.inJar(file, "rules", "rules", fromJar);
            RuleSetFiles inFolder = RuleSetFiles.inFolder(RULES, "rules", fromFolder);
            assertThat(inJar.texts()).isEqualTo(inFolder.texts()).containsKey("cases/red-flags.yaml");
            assertThat(inJar.hash().sha256()).isEqualTo(inFolder.hash().sha256());
        }
        assertThat(fromJar.inOrder()).isEmpty();
        assertThat(fromFolder.inOrder()).isEmpty();
    }

    @Test
    void withoutItsCasesARuleSetHasTheSameRulesAndTheSameHash() {
        RuleSet all = RuleSetLoader.load(RULES, "rules").ruleSet().orElseThrow();
        RuleSet noCases = RuleSetLoader.load(RULES, "rules", Cases.SKIP).ruleSet().orElseThrow();
        assertThat(all.cases()).isNotEmpty();
        assertThat(noCases.cases()).isEmpty();
        assertThat(noCases.rules()).isEqualTo(all.rules());
        assertThat(noCases.questionnaire().fields()).isEqualTo(all.questionnaire().fields());
        assertThat(noCases.sha256()).isEqualTo(all.sha256()).hasSize(64);
    }

    @Test
    void aBrokenCaseFileDoesNotStopALoadWithoutCases() throws IOException {
        Path copy = dir.resolve("rules");
        copyFolder(RULES, copy);
        Files.writeString(copy.resolve("cases/broken.yaml"), "cases:\n  - name: [unclosed\n");
        assertThat(RuleSetLoader.load(copy, "rules").ruleSet()).isEmpty();
        assertThat(RuleSetLoader.load(copy, "rules", Cases.SKIP).problems()).isEmpty();
    }

    private static Path jarOf(Path folder, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = "rules/" + folder.relativize(f).toString().replace('\\', '/');
                if (Files.isDirectory(f)) {
                    zip.putNextEntry(new JarEntry(name.endsWith("/") ? name : name + "/"));
                } else {
                    zip.putNextEntry(new JarEntry(name));
                    zip.write(Files.readAllBytes(f));
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
