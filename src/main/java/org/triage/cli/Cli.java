package org.triage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.triage.problem.Problem;
import org.triage.problem.Suggest;
import picocli.CommandLine;

/** Builds the command line and turns every failure into a message and an exit code. */
public final class Cli {

    private Cli() {
    }

    public static int run(Console console, String... args) {
        if (Arrays.stream(args).noneMatch(a -> a.startsWith("--rules"))) {
            RuleSets.preload();
        }
        if (args.length == 0) {
            return questionnaire(console);
        }
        CommandLine cmd = commandLine(console);
        cmd.setOut(console.out());
        cmd.setErr(console.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionStrategy(Cli::carryTopOptions);
        cmd.setExecutionExceptionHandler((e, command, parsed) -> failure(console, e, args));
        cmd.setParameterExceptionHandler((e, a) -> {
            console.err().println("triage: " + e.getMessage() + didYouMean(e));
            console.err().println("  fix: run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' to see the options");
            console.err().flush();
            return ExitCode.USAGE.code();
        });
        int code = cmd.execute(args);
        console.out().flush();
        console.err().flush();
        return StandardOutput.readerGone(console) ? ExitCode.PIPE_CLOSED.code() : code;
    }

    /**
     * Runs the command given, with the options written before its name ({@code triage --rules DIR recommend ...}),
     * which picocli gives the top command alone: each is carried to the command when it takes it too, and is an
     * error when it does not, so that no option is dropped without a word (a rule set folder least of all).
     */
    private static int carryTopOptions(CommandLine.ParseResult top) {
        CommandLine.ParseResult last = top;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        if (last != top) {
            String name = last.commandSpec().qualifiedName();
            for (CommandLine.Model.OptionSpec given : top.matchedOptions()) {
                CommandLine.Model.OptionSpec there = last.commandSpec().findOption(given.longestName());
                if (there == null) {
                    throw new CommandLine.ParameterException(last.commandSpec().commandLine(), "option '"
                            + given.longestName() + "' before '" + name + "' is the questionnaire's, not an option of '"
                            + name + "'");
                }
                if (last.hasMatchedOption(there.longestName())) {
                    if (!java.util.Objects.equals(last.matchedOptionValue(there.longestName(), null), given.getValue())) {
                        throw new CommandLine.ParameterException(last.commandSpec().commandLine(), "option '"
                                + given.longestName() + "' is given twice, before '" + name + "' and after it, with"
                                + " different values");
                    }
                } else {
                    there.setValue(given.getValue());
                }
            }
        }
        return new CommandLine.RunLast().execute(top);
    }

    /** The whole command tree, as {@code triage --help}, completion scripts and the man pages show it. */
    static CommandLine commandLine(Console console) {
        CommandLine cmd = new CommandLine(new TriageCommand(console));
        cmd.addSubcommand(new AskCommand(console));
        cmd.addSubcommand(new RecommendCommand(console));
        cmd.addSubcommand(new BatchCommand(console));
        cmd.addSubcommand(new TemplateCommand(console));
        cmd.addSubcommand(new QuestionnaireCommand(console));
        cmd.addSubcommand(RulesCommand.create(console));
        cmd.addSubcommand(new CompletionCommand(console));
        var usage = cmd.getCommandSpec().usageMessage();
        usage.footer(concat(ExitCodeFooter.lines(80), usage.footer()));
        return cmd;
    }

    private static String[] concat(String[] first, String[] then) {
        String[] all = Arrays.copyOf(first, first.length + then.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }

    /** " Did you mean 'recommend'?" for a mistyped subcommand or option, or nothing. */
    private static String didYouMean(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return "";
        }
        String given = u.getUnmatched().get(0);
        var spec = e.getCommandLine().getCommandSpec();
        if (given.startsWith("-")) {
            return sentence(Suggest.didYouMean(given.split("=", 2)[0], spec.optionsMap().keySet()));
        }
        return sentence(Suggest.didYouMean(given, spec.subcommands().keySet()));
    }

    private static String sentence(String suggestion) {
        return suggestion.isEmpty() ? "" : "." + suggestion;
    }

    /**
     * {@code triage} alone: the questionnaire with its default options, without loading the
     * command-line parser, which takes a good part of the wait for the first question (its class files
     * are too old for the class-data sharing archive). The options therefore have no default values.
     */
    private static int questionnaire(Console console) {
        int code;
        try {
            code = Questioning.run(console, new CommonOptions(), new AskOptions());
        } catch (RuntimeException e) {
            code = failure(console, e, new String[0]);
        }
        console.out().flush();
        console.err().flush();
        return code;
    }

    private static int failure(Console console, Exception e, String[] args) {
        PrintWriter err = console.err();
        if (e instanceof UserError u) {
            for (Problem p : u.problems()) {
                err.println(p.render());
            }
            if (u.exitCode() == ExitCode.INVALID_RULES) {
                err.println(u.problems().size() + (u.problems().size() == 1 ? " problem" : " problems")
                        + " in the rule set; nothing was evaluated.");
            }
            err.flush();
            return u.exitCode().code();
        }
        err.println("triage: internal error: " + e);
        if (Arrays.asList(args).contains("--verbose")) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        } else {
            err.println("  This is a bug. Run the same command with --verbose and report what it prints.");
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }
}
