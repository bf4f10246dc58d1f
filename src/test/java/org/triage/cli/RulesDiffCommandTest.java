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

    /** A rule that puts a precaution with this note on dry needling for every client who agrees to needles. */
    static String needlingPosition(String note) {
        return """
                rules:
                  - id: caution.needling_position
                    description: Dry needling only lying down.
                    because: Needling is done lying down, so that you are safe if you feel faint.
                    source: [DN2]
                    when: {field: needles_ok, equals: "yes"}
                    precaution:
                      - techniques: [dry_needling]
                        note: %s
                """.formatted(note);
    }

    @TempDir
    Path dir;

    private Path proposed;

    @BeforeEach
    void aCopyOfTheShippedRulesWithOneContraindicationAdded() throws IOException {
        proposed = copyOfShippedWith("proposed", "epilepsy-needling.yaml", EPILEPSY_EXCLUDES_DRY_NEEDLING);
    }

    private Path copyOfShippedWith(String name, String file, String text) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(copy.resolve(file), text);
        return copy;
    }

    @Test
    void aMonthOfIntakesStreamsAndTheThreadsDoNotChangeTheReport() throws IOException {
        Run sample = Run.of("template", "--sample", "20000", "--seed", "11");
        Path month = Files.writeString(dir.resolve("month.csv"), sample.out(), StandardCharsets.UTF_8);

        Run one = Run.of("rules", "diff", "--old", "rules", "--new", proposed.toString(), month.toString(), "--threads", "1");
        Run four = Run.of("rules", "diff", "--old", "rules", "--new", proposed.toString(), month.toString(), "--threads", "4");

        assertThat(one.code()).isZero();
        assertThat(one.out()).contains("intakes read         20000").containsPattern("changed +[1-9][0-9]*\n")
                .contains("fires now (new rule)");
        assertThat(four.out()).isEqualTo(one.out());
    }

    @Test
    void aRewordedPrecautionNoteIsReportedCountedAndWrittenInJson() throws IOException {
        Path before = copyOfShippedWith("before", "needling-position.yaml", needlingPosition("Needle only lying down."));
        Path after = copyOfShippedWith("after", "needling-position.yaml",
                needlingPosition("Needle only lying down or fully reclined."));
        String intakes = """
                client_id,red_flags,conditions,goals,pain_level,pain_regions,symptom_weeks,symptoms,needles_ok,consent,age
                N-1,none,none,pain_relief,4,neck,7,trigger_points,yes,self,27
                M-2,none,none,relaxation,2,,,,yes,self,27
                """;

        Run text = Run.stdin(intakes, "rules", "diff", "--old", before.toString(), "--new", after.toString(), "-");
        Run json = Run.stdin(intakes, "rules", "diff", "--old", before.toString(), "--new", after.toString(), "-",
                "--format", "json");

        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("<stdin>:2: client N-1").doesNotContain("M-2")
                .contains("  outcome:     stm (unchanged)\n  precautions: dry_needling (notes changed)\n")
                .contains("  changed              1\n  precautions changed  1\n").contains("stm -> stm ");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"precautions_changed\": 1")
                .containsPattern("\"technique\": \"dry_needling\",\\s*\"note\": \"Needle only lying down.\"")
                .contains("\"note\": \"Needle only lying down or fully reclined.\"");
    }

    @Test
    void identicalRuleSetsGiveNoChangesAndExitCodeZero() {
        Run run = Run.stdin("client_id,red_flags,conditions,goals\nA,none,epilepsy,relaxation\n",
                "rules", "diff", "--old", "rules", "--new", "rules", "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("intakes read         1").contains("changed              0").doesNotContain("<stdin>:");
    }

    @Test
    void changesAlsoExitWithCodeZeroAndNameTheStandardInputAsTheFile() {
        Run run = Run.stdin("""
                client_id,red_flags,conditions,goals,pain_level,pain_regions,symptom_weeks,symptoms,needles_ok,consent,age
                E-1,none,epilepsy,pain_relief,4,neck,7,trigger_points,yes,self,27
                """, "rules", "diff", "--old", "rules", "--new", proposed.toString(), "-");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("<stdin>:2: client E-1").contains("excluded:    none -> dry_needling")
                .contains("precautions: dry_needling -> none");
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
        assertThat(run.out()).contains("intakes read         1");
    }
}
