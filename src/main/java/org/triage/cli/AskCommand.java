package org.triage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code triage ask}: the interactive questionnaire, then the result. */
@Command(name = "ask", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Ask the intake questions, then print the recommendation.",
                "Type ? for help on a question, back to go back; Enter skips an optional question."},
        footer = {"", "Examples:", "  triage ask --save intake.yaml", "  triage ask --resume intake.yaml --save intake.yaml",
                "  printf 'none\\nnone\\nrelaxation\\n...' | triage ask     (one answer per line)"})
final class AskCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Mixin
    AskOptions options;

    AskCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        return Questioning.run(console, common, options);
    }
}
