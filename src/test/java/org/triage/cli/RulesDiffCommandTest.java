package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage rules diff} on real files: streaming, threads, stdin, and every problem at once. */
class RulesDiffCommandTest {

    static final String EPILEPSY_EXCLUDES_DRY_NEEDLING = """
            rules:
              - id: contra.epilepsy_no_dry_needling
                description: Epilepsy excludes dry needling.
                because: With epilepsy, dry needling is not used.
                source: [DN2]
                when: {field: conditions, has: epilepsy}
                exclude: [dry_needling]
            """;

    @TempDir
    Path dir;

    private Path proposed;

    @BeforeEach
    void aCopyOfTheShippedRulesWithOneContraindicationAdded() throws IOException {
        proposed = dir.resolve("proposed");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = proposed.resolve(Path.of("rules").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(proposed.resolve("epilepsy-needling.yaml"), EPILEPSY_EXCLUDES_DRY_NEEDLING);
    }

    @Test
    void aMonthOfIntakesStreamsAndTheThreadsDoNotChangeTheReport() throws IOException {
        Run sample = Run.of("template", "--sample", "20000", "--seed", "11");
        Path month = Files.writeString(dir.resolve("month.csv"), sample.out(), StandardCharsets.UTF_8);

        Run one = Run.of("rules", "diff", "--old", "rules", "--new", proposed.toString(), month.toString(), "--threads", "1");
        Run four = Run.of("rules", "diff", "--old", "rules", "--new", proposed.toString(), month.toString(), "--threads", "4");

        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("intakes read  20000").containsPattern("changed +[1-9][0-9]*\n")
                .contains("fires now (new rule)");
        assertThat(four.out()).isEqualTo(one.out());
    }

    @Test
    void identicalRuleSetsGiveNoChangesAndExitCodeZero() {
        Run run = Run.stdin("client_id,red_flags,conditions,goals\nA,none,epilepsy,relaxation\n",
                "rules", "diff", "--old", "rules", "--new", "rules", "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("intakes read  1").contains("changed       0").doesNotContain("<stdin>:");
    }

    @Test
    void changesAlsoExitWithCodeZeroAndNameTheStandardInputAsTheFile() {
        Run run = Run.stdin("""
                client_id,red_flags,conditions,goals,pain_level,pain_regions,symptom_weeks,symptoms,needles_ok,consent,age
                E-1,none,epilepsy,pain_relief,4,neck,7,trigger_points,yes,self,27
                """, "rules", "diff", "--old", "rules", "--new", proposed.toString(), "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("<stdin>:2: client E-1").contains("excluded:   none -> dry_needling");
    }

    @Test
    void problemsInBothRuleSetsAreShownTogether() throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("ruleset.yaml"), "version: [\n");

        Run run = Run.stdin("client_id\n", "rules", "diff", "--old", broken.toString(), "--new",
                dir.resolve("missing").toString(), "-");

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains(broken + "/ruleset.yaml").contains(dir.resolve("missing") + ": error: no rule set folder");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aQuoteLeftOpenInTheIntakesStopsTheDiffInsteadOfSwallowingTheRowsAfterIt() {
        Run run = Run.stdin("client_id,red_flags,conditions,goals\nA,none,none,relaxation\n"
                + "B,\"none,none,relaxation\nC,none,epilepsy,relaxation\n", "rules", "diff", "--old", "rules", "--new",
                "rules", "-");
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("<stdin>:3: error: a double quote opened in this row is not closed");
    }

    @Test
    void anEmptyIntakeFileIsInvalidInput() {
        Run run = Run.stdin("", "rules", "diff", "--old", "rules", "--new", "rules", "-");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("the file is empty: expected a header row of field ids");
    }

    @Test
    void aColumnOnlyTheOldRuleSetKnowsIsNoError() throws IOException {
        String questions = Files.readString(proposed.resolve("questions.yaml"));
        int start = questions.indexOf("\n  - id: activity\n");
        int end = questions.indexOf("\n  - id: ", start + 1);
        Files.writeString(proposed.resolve("questions.yaml"), questions.substring(0, start) + questions.substring(end));
        try (Stream<Path> cases = Files.list(proposed.resolve("cases"))) {
            for (Path c : cases.toList()) {
                Files.delete(c); // some cases answer the question this version drops
            }
        }

        Run run = Run.stdin("client_id,red_flags,conditions,goals,activity\nA,none,none,relaxation,active\n",
                "rules", "diff", "--old", "rules", "--new", proposed.toString(), "-");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("intakes read  1");
    }
}
