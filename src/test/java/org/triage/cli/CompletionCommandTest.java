package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code triage completion}: the bash script, sourced in a real bash, completes what a user types. */
class CompletionCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "''{0}'' completes to {1}")
    @CsvSource(delimiter = '|', value = {
        "triage rec              | recommend",
        "triage recommend --form | --format",
        "triage rules ch         | check",
        "triage batch --thr      | --threads",
        "triage compl            | completion"})
    void bashCompletesCommandsAndOptions(String typed, String expected) throws Exception {
        Path script = Files.writeString(dir.resolve("triage.bash"), Run.of("completion", "bash").out());
        String words = typed.trim();
        String probe = "source '" + script + "'; COMP_LINE='" + words + "'; COMP_POINT=${#COMP_LINE};"
                + " COMP_WORDS=(" + words + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
                + " _complete_triage 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(false).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines()).contains(expected.trim());
    }

    @Test
    void zshUsesTheBashScriptThroughBashcompinit() {
        Run run = Run.of("completion", "zsh");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n")
                .contains("complete -F _complete_triage");
    }

    @Test
    void fishGetsACompleteLineForEverySubcommandAndOption() {
        Run run = Run.of("completion", "fish");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("complete -c triage -n '__fish_use_subcommand' -a recommend -d ")
                .contains("complete -c triage -n '__fish_seen_subcommand_from rules' -a diff -d ")
                .contains("complete -c triage -n '__fish_seen_subcommand_from recommend' -l format -r -a 'text json html fhir'");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Run run = Run.of("completion", "tcsh");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("bash, zsh, fish");
    }
}
