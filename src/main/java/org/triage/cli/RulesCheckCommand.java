package org.triage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triage.problem.Problem;
import org.triage.report.Json;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import org.triage.rules.lint.Lint;
import org.triage.rules.lint.Overlaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triage rules check}: every load error and every lint warning, each where it is and with a fix. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check a rule set: load errors, lint warnings, a note, and the proof of",
                "its safety policies. Each error and warning is at file:line:column with a",
                "fix; the note names the techniques that some intakes both recommend and",
                "exclude (the exclusion wins); a policy that does not hold is shown with an",
                "answers file that breaks it (as rules prove shows it)."},
        footer = {"", "Exit codes: 0 no problems   9 warnings only   4 errors",
                "  10 a policy does not hold (also beside errors in the cases only)", "",
                "Example:", "  triage rules check --rules rules --format json"})
final class RulesCheckCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Console console;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--counterexample-dir", paramLabel = "DIR",
            description = "Write each policy's counterexample to DIR/POLICY_ID.yaml (see rules prove).")
    Path counterexamples;

    RulesCheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path dir = common.rules;
        LoadResult loaded = dir == null ? RuleSetLoader.builtIn() : RuleSetLoader.load(dir, dir.toString());
        List<Problem> problems = new ArrayList<>(loaded.problems());
        loaded.ruleSet().ifPresent(rs -> problems.addAll(Lint.check(rs)));
        List<Overlaps.Overlap> overlaps = loaded.ruleSet().map(Overlaps::of).orElse(List.of());
        problems.sort(Problem.BY_LOCATION);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        Optional<Proving> proof = proof(loaded, dir);
        if (format == Format.json) {
            Map<String, Object> json = json(problems, errors, warnings, overlaps);
            proof.ifPresent(p -> json.put("proof", p.report.json(p.proof)));
            console.out().println(Json.write(json, 2));
        } else {
            problems.forEach(p -> console.out().println(p.render()));
            if (!overlaps.isEmpty()) {
                console.out().println(note(overlaps));
            }
            proof.ifPresent(p -> console.out().print(p.text(false)));
            console.out().println(count(errors, "error") + ", " + count(warnings, "warning"));
        }
        console.out().flush();
        return exitCode(proof, errors, warnings).code();
    }

    /** The proof of the policies; with errors only in the cases (a case naming a rule just deleted), still made. */
    private Optional<Proving> proof(LoadResult loaded, Path dir) {
        Optional<RuleSet> proven = loaded.ruleSet().isPresent() || !onlyInCases(loaded.problems()) ? loaded.ruleSet()
                : RuleSets.withPolicies(dir).ruleSet();
        return proven.map(rs -> new Proving(rs, dir, counterexamples));
    }

    private static ExitCode exitCode(Optional<Proving> proof, long errors, long warnings) {
        if (proof.isPresent() && proof.get().exitCode() != ExitCode.OK) {
            return proof.get().exitCode(); // a safety policy broken says more than the errors beside it
        }
        if (errors > 0) {
            return ExitCode.INVALID_RULES;
        }
        return warnings > 0 ? ExitCode.LINT_WARNINGS : ExitCode.OK;
    }

    private static boolean onlyInCases(List<Problem> problems) {
        return problems.stream().filter(Problem::isError)
                .allMatch(p -> p.location().file().replace('\\', '/').contains("/cases/"));
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** One line, so that it informs without burying the warnings: it is how contraindications work. */
    private static String note(List<Overlaps.Overlap> overlaps) {
        StringBuilder sb = new StringBuilder("note: " + overlaps.size() + (overlaps.size() == 1 ? " technique is" : " techniques are")
                + " both recommended and excluded for some intakes (the exclusion wins): ");
        for (int i = 0; i < overlaps.size(); i++) {
            Overlaps.Overlap o = overlaps.get(i);
            sb.append(i == 0 ? "" : ", ").append(o.technique()).append(" (by ").append(count(o.excludedBy().size(), "rule"))
                    .append(')');
        }
        return sb.toString();
    }

    private static Map<String, Object> json(List<Problem> problems, long errors, long warnings,
                                            List<Overlaps.Overlap> overlaps) {
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
            m.put("file", p.location().file());
            m.put("line", p.location().line());
            m.put("column", p.location().column());
            m.put("message", p.message());
            m.put("fix", p.fix());
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errors", errors);
        out.put("warnings", warnings);
        out.put("problems", list);
        List<Object> both = new ArrayList<>();
        for (Overlaps.Overlap o : overlaps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("technique", o.technique());
            m.put("excluded_by", o.excludedBy());
            both.add(m);
        }
        out.put("recommended_and_excluded", both);
        return out;
    }
}
