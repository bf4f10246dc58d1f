package org.triage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code triage}: the top command. Without a subcommand it shows how to get a recommendation. */
@Command(name = "triage", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Suggests general massage or clinical soft tissue mobilization (STM),",
                "which techniques fit, which are ruled out and why, and when to see",
                "a physician first. Not a diagnosis: a licensed clinician confirms",
                "every recommendation."},
        footer = {"", "Exit codes:", "  0 result printed   1 internal error   2 usage   3 invalid answers",
                "  4 invalid rule set   5 file missing or unreadable",
                "  6 rule set cases fail (rules test)   7 rule set warnings (rules check)", "",
                "Example:", "  triage recommend -a red_flags=none -a conditions=none \\",
                "                   -a goals=relaxation -a pain_level=2"})
final class TriageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        cmd.usage(cmd.getOut());
        return ExitCode.OK.code();
    }
}
