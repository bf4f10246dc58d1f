package org.triage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.triage.batch.BatchFailure;
import org.triage.batch.DiffOptions;
import org.triage.batch.DiffRun;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage rules diff}: what a change to the rules would change for real intakes. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Compare two versions of a rule set on the same intakes.",
                "Runs both over an intake CSV and reports every intake whose outcome,",
                "urgency, techniques, exclusions or precautions change, with the rules",
                "behind the change, and every intake that is invalid under either; then",
                "a summary."},
        footer = {"", "Exit codes: 0 the comparison ran (with or without changes)   2 usage",
                "  3 unknown columns or no header   4 a rule set has errors   5 unreadable input", "",
                "Example:", "  triage rules diff --old rules --new my-rules intakes-march.csv"})
final class RulesDiffCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Console console;

    @Option(names = "--old", paramLabel = "DIR", required = true, description = "The rule set as it is.")
    Path older;

    @Option(names = "--new", paramLabel = "DIR", required = true, description = "The rule set as it would be.")
    Path newer;

    @Parameters(index = "0", paramLabel = "INTAKE.csv", description = "Intake CSV file, UTF-8 (- reads stdin).")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    IntakeCsvOptions csv;

    @Option(names = "--verbose", description = "Show the full details of an unexpected error (for bug reports).")
    boolean verbose;

    RulesDiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        int n = csv.threads();
        LoadResult before = load(older, "--old");
        LoadResult after = load(newer, "--new");
        if (before.ruleSet().isEmpty() || after.ruleSet().isEmpty()) {
            List<Problem> problems = new ArrayList<>(before.problems());
            problems.addAll(after.problems());
            throw new UserError(ExitCode.INVALID_RULES, problems);
        }
        DiffOptions options = new DiffOptions(input, older.toString(), newer.toString(),
                format == Format.json ? DiffOptions.Format.JSON : DiffOptions.Format.TEXT, csv.mappings,
                csv.ignoreUnknownColumns, n);
        RuleSet a = before.ruleSet().get();
        RuleSet b = after.ruleSet().get();
        try {
            DiffRun.run(options, a, b, console.in(), console.out());
        } catch (BatchFailure f) {
            throw new UserError(switch (f.kind()) {
                case USAGE -> ExitCode.USAGE;
                case INVALID_INPUT -> ExitCode.INVALID_INPUT;
                case UNREADABLE -> ExitCode.UNREADABLE;
            }, f.problems());
        }
        console.out().flush();
        return ExitCode.OK.code();
    }

    private static LoadResult load(Path dir, String option) {
        if (dir.toString().isBlank()) {
            throw new UserError(ExitCode.USAGE, Problem.error(Location.of(option), "the folder name is empty",
                    "give the folder that holds ruleset.yaml and questions.yaml"));
        }
        return RuleSetLoader.load(dir, dir.toString(), RuleSetLoader.Cases.SKIP);
    }
}
