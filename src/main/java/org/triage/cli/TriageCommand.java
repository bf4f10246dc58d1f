package org.triage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code triage}: the top command. Without a subcommand it runs the questionnaire. */
@Command(name = "triage", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Suggests general massage or clinical soft tissue mobilization (STM),",
                "which techniques fit, which are ruled out and why, and when to see",
                "a physician first. Not a diagnosis: a licensed clinician confirms",
                "every recommendation. Without a command, asks the intake questions."},
        footer = {"", "Exit codes:", "  0 result printed   1 internal error   2 usage   3 invalid answers",
                "  4 invalid rule set   5 file missing or unreadable",
                "  6 batch written, some rows invalid   7 input ended early",
                "  8 rule set cases fail (rules test)   9 rule set warnings (rules check)",
                "  10 a safety policy does not hold (rules prove, rules check)",
                "  130 questionnaire cancelled (Ctrl-C or Ctrl-D)", "",
                "Examples:", "  triage --save intake.yaml",
                "  triage recommend -a red_flags=none -a conditions=none \\",
                "                   -a goals=relaxation -a pain_level=2"})
final class TriageCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    AskOptions options;

    TriageCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        return Questioning.run(console, common, options);
    }
}
