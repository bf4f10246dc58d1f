package org.triage.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triage.fhir.QuestionnaireExport;
import org.triage.problem.Problems;
import org.triage.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triage questionnaire --fhir}: the intake questions as a FHIR R4 Questionnaire for a forms app. */
@Command(name = "questionnaire", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write the intake questions as a FHIR R4 Questionnaire (SDC).",
                "A forms app renders it and sends back QuestionnaireResponses, which",
                "recommend --answers and batch read."},
        footer = {"", "Examples:", "  triage questionnaire --fhir -o intake-questionnaire.json",
                "  triage recommend --answers response.json"})
final class QuestionnaireCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    CommonOptions common;

    @Option(names = "--fhir", required = true, description = "Write a FHIR R4 Questionnaire as JSON (the only format).")
    boolean fhir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write it to FILE, whole or not at all (default: stdout).")
    Path output;

    QuestionnaireCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Outputs.checkTarget(output, "-o");
        RuleSet ruleSet = RuleSets.load(common.rules);
        Problems problems = new Problems();
        Optional<String> json = QuestionnaireExport.render(ruleSet, problems);
        if (json.isEmpty()) {
            throw new UserError(ExitCode.INVALID_RULES, problems.sorted());
        }
        if (output == null) {
            console.out().print(json.get());
            console.out().flush();
        } else {
            Outputs.writeAtomically(output, json.get());
        }
        return ExitCode.OK.code();
    }
}
