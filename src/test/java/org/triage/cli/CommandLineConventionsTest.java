package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
