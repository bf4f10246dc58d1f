package org.triage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code triage rules}: tools for the people who write the rules. Without a subcommand it shows them. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tools for rule authors: run the rule set's cases, check it, compare two versions, prove its policies.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static CommandLine create(Console console) {
        CommandLine rules = new CommandLine(new RulesCommand());
        rules.addSubcommand(new RulesTestCommand(console));
        rules.addSubcommand(new RulesCheckCommand(console));
        rules.addSubcommand(new RulesDiffCommand(console));
        rules.addSubcommand(new RulesProveCommand(console));
        return rules;
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        cmd.usage(cmd.getOut());
        return ExitCode.OK.code();
    }
}
