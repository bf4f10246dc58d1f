package org.triage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.triage.engine.Engine;
import org.triage.engine.Recommendation;
import org.triage.engine.WhatIf;
import org.triage.fhir.GuidanceResult;
import org.triage.fhir.ResponseReader;
import org.triage.problem.Problems;
import org.triage.report.HtmlSummary;
import org.triage.report.JsonReport;
import org.triage.report.Style;
import org.triage.report.TextReport;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.AnswersFile;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triage recommend}: one result for one set of answers, no questions asked. */
@Command(name = "recommend", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Evaluate one intake's answers and print the recommendation.",
        footer = {"", "Examples:", "  triage recommend -a red_flags=none -a conditions=none \\",
                "                   -a goals=relaxation -a pain_level=2",
                "  triage recommend --answers intake.yaml --format json --explain",
                "  triage recommend --answers intake.yaml --format html -o summary.html --clinic clinic.yaml"})
final class RecommendCommand implements Callable<Integer> {

    enum Format { text, json, html, fhir }

    private final Console console;

    @Mixin
    CommonOptions common;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Answers file, YAML or JSON: field ids as keys; or a FHIR QuestionnaireResponse (- reads stdin).")
    String answersFile;

    @Option(names = "--ignore-questionnaire-version",
            description = "Read a QuestionnaireResponse to another version of the questionnaire, with a warning.")
    boolean ignoreQuestionnaireVersion;

    @Option(names = {"-a", "--answer"}, paramLabel = "FIELD=VALUE",
            description = "One answer (repeatable); several values of a multi-choice field are joined with ';'.")
    List<String> answers = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, html (a one-page summary to print for the client) or fhir (a FHIR R4"
                    + " GuidanceResponse) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result to FILE, whole or not at all (default: stdout).")
    Path output;

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "The clinic's name and contact for the html summary (default: clinic.yaml beside --rules, if any).")
    Path clinic;

    @Option(names = "--explain", description = "Also list every rule that fired, the answers that made it fire and what it contributed.")
    boolean explain;

    RecommendCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RuleSet ruleSet = RuleSets.load(common.rules);
        Answers answers = readAnswers(ruleSet);
        Recommendation result = Engine.evaluate(ruleSet, answers);
        List<WhatIf.Change> whatIf = explain ? WhatIf.search(ruleSet, answers) : List.of();
        String text = switch (format) {
            case json -> JsonReport.render(result, explain, 2, whatIf) + System.lineSeparator();
            case fhir -> GuidanceResult.render(result, org.triage.fhir.FhirNames.of(ruleSet), origin, 2) + System.lineSeparator();
            case html -> HtmlSummary.render(result, ruleSet, Clinics.load(clinic, common.rules));
            case text -> TextReport.render(result, ruleSet, new Style(console.colour() && output == null), explain,
                    whatIf);
        };
        if (output == null) {
            console.out().print(text);
            console.out().flush();
        } else {
            Outputs.writeAtomically(output, text);
        }
        return ExitCode.OK.code();
    }

    /** What the QuestionnaireResponse read says about itself, for a FHIR result; none for other answers. */
    private org.triage.fhir.Origin origin = org.triage.fhir.Origin.NONE;

    private Answers readAnswers(RuleSet ruleSet) {
        Questionnaire questionnaire = ruleSet.questionnaire();
        Problems problems = new Problems();
        Map<String, Answer> values = new HashMap<>();
        if (answersFile != null) {
            String text = Inputs.read(answersFile, console.in());
            String shown = answersFile.equals("-") ? "<stdin>" : answersFile;
            if (ResponseReader.isFhir(text)) {
                ResponseReader.Response response = new ResponseReader(ruleSet, ignoreQuestionnaireVersion, problems)
                        .read(shown, text, 0);
                values.putAll(response.answers().values());
                origin = response.origin();
            } else {
                values.putAll(AnswersFile.read(shown, text, questionnaire, problems).values());
            }
        }
        AnswerArguments.read(answers, questionnaire, values, problems);
        if (problems.hasErrors()) {
            throw new UserError(ExitCode.INVALID_INPUT, problems.inOrder());
        }
        problems.inOrder().forEach(p -> console.err().println(p.render()));
        console.err().flush();
        return AnswersFile.inQuestionOrder(values, questionnaire);
    }
}
