package org.triage.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.triage.batch.SampleIntakes;
import org.triage.rules.Field;
import org.triage.rules.Questionnaire;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code triage template}: an answers file to fill in, the intake CSV header, or synthetic sample intakes. */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print an answers file to fill in, the intake CSV header (--csv), or synthetic intakes (--sample).",
        footer = {"", "Examples:", "  triage template > answers.yaml", "  triage template --csv > intake.csv",
                "  triage template --sample 1000 --seed 7 > sample.csv"})
final class TemplateCommand implements Callable<Integer> {

    private final Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--csv", description = "Print the intake CSV header row (every field id).")
    boolean csv;

    @Option(names = "--sample", paramLabel = "N", description = "Print N synthetic intakes as CSV (no real client data).")
    Long sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for --sample; the same seed gives the same file (default: ${DEFAULT-VALUE}).")
    long seed;

    TemplateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (sample != null && sample < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sample must be 0 or more, not " + sample);
        }
        Questionnaire q = RuleSets.load(common.rules).questionnaire();
        try {
            if (sample != null) {
                new SampleIntakes(q, seed).write(sample, console.out());
            } else if (csv) {
                SampleIntakes.header(q, console.out());
            } else {
                answersFile(q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        console.out().flush();
        if (console.out().checkError()) {
            throw StandardOutput.failure(console);
        }
        return ExitCode.OK.code();
    }

    private void answersFile(Questionnaire q) {
        console.out().println("# Answers for 'triage recommend --answers FILE'. Leave a field empty when it is not answered.");
        for (Field f : q.fields()) {
            String values = f.type().isChoice() ? String.join(", ", f.optionIds())
                    : f.type().isNumeric() ? f.range() : "text";
            String list = f.type() == org.triage.rules.FieldType.MULTI ? " (a list, e.g. [a, b])" : "";
            console.out().println("# " + f.prompt().strip().replace("\n", " ") + list + ": " + values
                    + (f.isFollowUp() ? " (follow-up: only when it applies)" : ""));
            console.out().println(f.id() + ":");
        }
    }
}
