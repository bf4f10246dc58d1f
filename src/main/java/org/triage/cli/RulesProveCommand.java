package org.triage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triage.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triage rules prove}: each safety policy decided for every intake the questionnaire allows. */
@Command(name = "prove", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prove the rule set's safety policies (policies.yaml) for every intake",
                "the questionnaire allows, not a sample. A policy that does not hold is",
                "shown with an answers file that breaks it and the rules that fired."},
        footer = {"", "Exit codes: 0 every policy proven   10 a policy does not hold   4 errors", "",
                "Example:", "  triage rules prove --rules rules --counterexample-dir /tmp/counterexamples"})
final class RulesProveCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Console console;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--counterexample-dir", paramLabel = "DIR",
            description = "Write each counterexample to DIR/POLICY_ID.yaml, an answers file for recommend --answers.")
    Path counterexamples;

    RulesProveCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Proving proving = new Proving(RuleSets.loadWithPolicies(common.rules), common.rules, counterexamples);
        if (format == Format.json) {
            console.out().println(Json.write(proving.report.json(proving.proof), 2));
        } else {
            console.out().print(proving.text(true));
        }
        console.out().flush();
        return proving.exitCode().code();
    }
}
