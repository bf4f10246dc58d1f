package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the core knows nothing of the terminal or of Jackson. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/triage");

    @Test
    void onlyTheCliImportsPicocliOrJline() throws IOException {
        assertThat(importers("import picocli.", "import org.jline."))
                .allMatch(p -> p.startsWith("cli/"), "files under cli/");
    }

    @Test
    void theQuestionWidgetsDrawOnlyAndLeaveTheCommandLineToTheCli() throws IOException {
        assertThat(importers("import picocli.")).noneMatch(p -> p.startsWith("cli/widget/"));
        assertThat(importers("import org.triage.cli.widget.")).allMatch(p -> p.startsWith("cli/"));
    }

    @Test
    void onlyTheRuleTreeReaderImportsJackson() throws IOException {
        assertThat(importers("import com.fasterxml.")).containsExactly("rules/tree/TreeReader.java");
    }

    @Test
    void onlyTheBatchAdaptersImportTheCsvLibrary() throws IOException {
        assertThat(importers("import de.siegmar.")).allMatch(p -> p.startsWith("batch/"), "files under batch/");
    }

    @Test
    void nothingButTheEntryPointUsesTheCli() throws IOException {
        assertThat(importers("import org.triage.cli.")).allMatch(p -> p.equals("App.java") || p.startsWith("cli/"));
    }

    @Test
    void theEngineDoesNoInputOrOutput() throws IOException {
        assertThat(importers("import java.io.", "import java.nio.")).noneMatch(p -> p.startsWith("engine/"));
    }

    @Test
    void theProverDoesNoInputOrOutput() throws IOException {
        assertThat(importers("import java.io.", "import java.nio.")).noneMatch(p -> p.startsWith("prove/"));
    }

    @Test
    void onlyTheProverImportsTheSolver() throws IOException {
        assertThat(importers("import org.sat4j.")).isNotEmpty().allMatch(p -> p.startsWith("prove/"), "files under prove/");
    }

    @Test
    void theProverKnowsOnlyTheRulesAndTheEngine() throws IOException {
        assertThat(importers("import org.triage.cli.", "import org.triage.report.", "import org.triage.batch.",
                "import org.triage.questionnaire.")).noneMatch(p -> p.startsWith("prove/"));
    }

    private static List<String> importers(String... prefixes) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (Stream.of(prefixes).anyMatch(text::contains)) {
                    out.add(MAIN.relativize(f).toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }
}
