package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** What a user expects of a command line: suggestions for a typo, whole summaries in the help. */
class CommandLineConventionsTest {

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = '|', value = {
        "recomend                 | recommend",
        "rules chek               | check",
        "recommend --frmat json   | --format",
        "batch in.csv --thread 2  | --threads",
        "recommend --explian      | --explain"})
    void aMistypedCommandOrOptionGetsADidYouMeanAndTheUsageExitCode(String args, String suggestion) {
        Run run = Run.of(args.trim().split(" +"));
        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Did you mean '" + suggestion + "'?").doesNotContain("\tat ");
    }

    /** A rule set folder given before the command is the one the command uses, never dropped for the built-in one. */
    @Test
    void theRuleSetFolderGivenBeforeTheCommandIsTheOneItUses(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path rules = dir.resolve("rules");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Path to = rules.resolve(java.nio.file.Path.of("rules").relativize(f).toString());
                java.nio.file.Files.createDirectories(to.getParent());
                java.nio.file.Files.copy(f, to);
            }
        }
        java.nio.file.Path header = rules.resolve("ruleset.yaml");
        java.nio.file.Files.writeString(header, java.nio.file.Files.readString(header).replace("version: 1.1.0", "version: 9.9.9-clinic"));
        Run before = Run.of("--rules", rules.toString(), "recommend", "-a", "red_flags=none", "-a", "conditions=none",
                "-a", "goals=relaxation");
        assertThat(before.code()).as(before.err()).isZero();
        assertThat(before.out()).contains("Rule set 9.9.9-clinic");
        Run after = Run.of("recommend", "--rules", rules.toString(), "-a", "red_flags=none", "-a", "conditions=none",
                "-a", "goals=relaxation");
        assertThat(after.out()).isEqualTo(before.out());
        Run both = Run.of("--rules", rules.toString(), "recommend", "--rules", "rules", "-a", "red_flags=none");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(both.err()).contains("'--rules' is given twice", "different values");
    }

    @Test
    void aQuestionnaireOptionBeforeAnotherCommandIsAnErrorNotDropped() {
        Run run = Run.of("--save", "intake.yaml", "recommend", "-a", "red_flags=none");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("option '--save' before 'triage recommend' is the questionnaire's");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWordFarFromAnyCommandGetsNoSuggestion() {
        Run run = Run.of("zzzz");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("'zzzz'").doesNotContain("Did you mean");
    }

    /** picocli shows the first line of a command's description as its summary: it must be a whole sentence. */
    @Test
    void everySubcommandSummaryInTheHelpIsAWholeSentence() {
        Run run = Run.of("--help");
        List<String> commands = run.out().lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        StringBuilder joined = new StringBuilder();
        for (String line : commands) {
            if (!line.startsWith("               ") && joined.length() > 0) {
                assertThat(joined.toString().strip()).as("summary").endsWith(".");
                joined.setLength(0);
            }
            joined.append(' ').append(line.strip());
        }
        assertThat(joined.toString().strip()).endsWith(".");
        assertThat(commands).hasSizeGreaterThanOrEqualTo(5);
        assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }

    /** The exit-code list at the foot of the help names every code the program can exit with, in 80 columns. */
    @Test
    void theHelpListsEveryExitCodeWithinEightyColumns() {
        Run run = Run.of("--help");
        List<String> footer = run.out().lines().dropWhile(l -> !l.equals("Exit codes:")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        String listed = String.join("   ", footer.stream().map(String::strip).toList());
        for (ExitCode e : ExitCode.values()) {
            assertThat(listed).as("exit code %s", e).contains(e.code() + " " + e.label());
        }
        assertThat(footer).allSatisfy(l -> assertThat(l).startsWith("  ").hasSizeLessThanOrEqualTo(80));
    }

    /** The README's table of exit codes has a row for every code the program can exit with, and no other. */
    @Test
    void theReadmeListsEveryExitCode() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        List<Integer> rows = readme.lines().dropWhile(l -> !l.equals("## Exit codes")).skip(1)
                .dropWhile(l -> !l.startsWith("| code")).skip(2).takeWhile(l -> l.startsWith("| "))
                .map(l -> Integer.parseInt(l.substring(2, l.indexOf(" |", 2)).strip())).sorted().toList();
        assertThat(rows).isEqualTo(java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code).sorted().toList());
    }

    /** Every command's help, down to the rule tools, reads on an 80-column terminal without a folded line. */
    @Test
    void everyCommandsHelpFitsEightyColumns() {
        Console console = new Console(InputStream.nullInputStream(),
                new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()),
                Map.of(), false);
        List<List<String>> commands = new ArrayList<>();
        walk(Cli.commandLine(console), List.of(), commands);
        assertThat(commands).hasSizeGreaterThanOrEqualTo(10);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Run run = Run.of(args.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args)).isZero();
            assertThat(run.out().lines()).as(String.join(" ", args))
                    .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        }
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            walk(sub, next, into);
        });
    }
}
