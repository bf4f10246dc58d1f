package org.triage.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.triage.engine.CaseCheck;
import org.triage.engine.CaseRun;
import org.triage.engine.Recommendation;
import org.triage.problem.Problem;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triage rules test}: runs the rule set's own cases, with coverage and the referral safety policy. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the rule set's cases (cases/*.yaml). A referral rule needs a case that",
                "makes it fire (listed in fired) and one that does not (listed in not_fired)."},
        footer = {"", "Exit codes: 0 every case passes   8 a case fails, coverage is below",
                "--min-coverage, or a referral rule lacks a case   4 the rule set has errors", "",
                "Example:", "  triage rules test --rules rules --min-coverage 100"})
final class RulesTestCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Option(names = "--coverage", description = "Also list the rules that no case makes fire.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "P",
            description = "Fail when fewer than P percent of the rules fire in some case (implies --coverage).")
    Double minCoverage;

    RulesTestCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new UserError(ExitCode.USAGE, Problem.error(org.triage.problem.Location.of("--min-coverage"),
                    "expected a percentage from 0 to 100, got " + minCoverage, "write for example --min-coverage 90"));
        }
        RuleSet ruleSet = RuleSets.loadWithCases(common.rules);
        CaseRun.Report report = CaseRun.run(ruleSet);
        PrintWriter out = console.out();
        report.outcomes().stream().filter(o -> !o.passed()).forEach(o -> failure(out, o));
        boolean coverageFails = minCoverage != null && report.coverage() < minCoverage;
        if (coverage || minCoverage != null) {
            coverage(out, report);
        }
        for (CaseRun.PolicyGap gap : report.gaps()) {
            out.println(policy(gap).render());
        }
        out.println(report.passed() + " passed, " + report.failed() + " failed");
        if (coverageFails) {
            out.println(String.format(Locale.ROOT, "coverage %.1f%% is below the minimum of %s%%", report.coverage(),
                    percent(minCoverage)));
        }
        if (!report.gaps().isEmpty()) {
            out.println(report.gaps().size() + " referral " + (report.gaps().size() == 1 ? "rule case is" : "rule cases are")
                    + " missing (safety policy)");
        }
        out.flush();
        boolean ok = report.failed() == 0 && !coverageFails && report.gaps().isEmpty();
        return ok ? ExitCode.OK.code() : ExitCode.CASES_FAILED.code();
    }

    private static void failure(PrintWriter out, CaseCheck.Outcome o) {
        out.println(o.testCase().location() + ": error: case '" + o.testCase().name() + "' failed");
        o.failures().forEach(f -> out.println("  " + f));
        Recommendation r = o.result();
        out.println("  came out: " + r.outcome().id() + r.referral().map(x -> " (" + x.urgency().id() + ")").orElse("")
                + "; techniques: " + list(r.techniques().stream().map(t -> t.technique().id()).toList())
                + "; excluded: " + list(r.excluded().stream().map(t -> t.technique().id()).toList()));
        out.println("  rules fired: " + list(r.rulesFired()));
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static void coverage(PrintWriter out, CaseRun.Report report) {
        int covered = report.ruleCount() - report.uncovered().size();
        out.println(String.format(Locale.ROOT, "coverage: %d of %d rules fire in some case (%.1f%%)", covered,
                report.ruleCount(), report.coverage()));
        for (Rule r : report.uncovered()) {
            out.println("  " + r.location() + ": " + r.id() + " fires in no case");
        }
    }

    private static Problem policy(CaseRun.PolicyGap gap) {
        String id = gap.rule().id();
        return gap.positive()
                ? Problem.error(gap.rule().location(), "referral rule '" + id + "' has no positive case",
                        "add a case that makes it fire and lists it in fired: [" + id + "]")
                : Problem.error(gap.rule().location(), "referral rule '" + id + "' has no negative case",
                        "add a case that does not make it fire and lists it in not_fired: [" + id + "]");
    }

    private static String percent(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
