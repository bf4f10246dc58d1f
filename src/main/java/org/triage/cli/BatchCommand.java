package org.triage.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.triage.batch.BatchFailure;
import org.triage.batch.BatchOptions;
import org.triage.batch.BatchRun;
import org.triage.batch.NdjsonRun;
import org.triage.batch.Progress;
import org.triage.batch.ReportFigures;
import org.triage.batch.Summary;
import org.triage.report.HtmlBatchReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage batch}: one result per intake row of a CSV file, or per QuestionnaireResponse of an NDJSON file. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Evaluate every intake row of a CSV file; one result row per intake row.",
                "The header row holds field ids. Results keep the input order. Invalid rows keep",
                "their line number and say what is wrong; the other rows are still evaluated.",
                "NDJSON of FHIR QuestionnaireResponses is read too: one result per resource."},
        footer = {"", "Exit codes: 0 every row fine, 6 some rows invalid (all rows written),",
                "  2 usage, 3 unknown columns or no header, 4 invalid rule set, 5 unreadable input",
                "  or output that cannot be written, 141 standard output closed (| head).", "",
                "Examples:", "  triage batch intake.csv -o results.csv",
                "  triage batch - --format jsonl --map \"Pain (0-10)=pain_level\" < intake.csv",
                "  triage batch responses.ndjson --format fhir -o results.ndjson"})
final class BatchCommand implements Callable<Integer> {

    enum Format { csv, jsonl, fhir }

    enum InputFormat {
        csv, fhir_ndjson;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    private final Console console;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "Intake CSV, or NDJSON of QuestionnaireResponses; UTF-8 (- reads stdin).")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where the results go (default: - for stdout).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv, jsonl, or fhir: NDJSON of FHIR R4 GuidanceResponses (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = InputFormatConverter.class,
            description = "csv or fhir-ndjson: one FHIR QuestionnaireResponse per line (default: told from the content).")
    InputFormat inputFormat;

    @Option(names = "--ignore-questionnaire-version",
            description = "Read QuestionnaireResponses to another version of the questionnaire, with a warning.")
    boolean ignoreQuestionnaireVersion;

    @Mixin
    IntakeCsvOptions csv;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Also write the invalid rows alone: CSV, or JSON Lines for a .jsonl name.")
    String errors;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the run's figures as charts: one self-contained HTML page, made from counts only.")
    Path report;

    BatchCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        int n = csv.threads();
        BatchOptions options = new BatchOptions(input, output, switch (format) {
            case csv -> BatchOptions.Format.CSV;
            case jsonl -> BatchOptions.Format.JSONL;
            case fhir -> BatchOptions.Format.FHIR;
        }, csv.mappings, csv.ignoreUnknownColumns, Optional.ofNullable(errors), n, report != null);
        Outputs.checkTarget(report, "--report", input, output, errors);
        var ruleSet = RuleSets.load(common.rules);
        Summary summary;
        try {
            Progress progress = console.progress()
                    ? new BatchProgress(console.err(), BatchRun.inputSize(options), width()) : Progress.NONE;
            InputStream in = new BufferedInputStream(console.in(), 1 << 16);
            if (ndjson(in)) {
                summary = NdjsonRun.run(options, ruleSet, ignoreQuestionnaireVersion, in, console.out(), System::nanoTime,
                        progress, p -> console.err().println(p.render()));
            } else {
                summary = BatchRun.run(options, ruleSet, in, console.out(), System::nanoTime, progress);
            }
        } catch (BatchFailure f) {
            if (output.equals("-") && console.out().checkError()) {
                throw StandardOutput.failure(console);
            }
            throw new UserError(exitCode(f.kind()), f.problems());
        }
        if (console.out().checkError()) {
            // PrintWriter keeps a write failure to itself (a full disk, a closed pipe): say so, not success
            throw StandardOutput.failure(console);
        }
        if (report != null) {
            String made = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
            Outputs.writeAtomically(report, HtmlBatchReport.render(ReportFigures.of(summary, ruleSet, input, made)));
        }
        console.err().println(summary.render());
        console.err().flush();
        return (summary.invalidRows() > 0 ? ExitCode.ROWS_INVALID : ExitCode.OK).code();
    }

    /**
     * Whether the input is NDJSON of FHIR resources: as --input-format says, else told from its first character
     * that is not white space ('{' starts no CSV header). Standard input is looked at without being consumed.
     */
    private boolean ndjson(InputStream stdin) {
        if (inputFormat != null) {
            return inputFormat == InputFormat.fhir_ndjson;
        }
        byte[] start = new byte[4096];
        try {
            if (input.equals("-")) {
                stdin.mark(start.length);
                int n = stdin.readNBytes(start, 0, start.length);
                stdin.reset();
                return NdjsonRun.looksLikeNdjson(start, n);
            }
            try (InputStream file = Files.newInputStream(Path.of(input))) {
                return NdjsonRun.looksLikeNdjson(start, file.readNBytes(start, 0, start.length));
            }
        } catch (IOException | RuntimeException e) {
            return false; // the CSV reader reports what is wrong with the input
        }
    }

    /** fhir-ndjson as written on the command line. */
    static final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            for (InputFormat f : InputFormat.values()) {
                if (f.toString().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("expected csv or fhir-ndjson, not '" + value + "'");
        }
    }

    /** The terminal's width when the shell says it, else 80 columns. */
    private int width() {
        try {
            return Math.max(40, Math.min(120, Integer.parseInt(console.env().getOrDefault("COLUMNS", "80").trim())));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    private static ExitCode exitCode(BatchFailure.Kind kind) {
        return switch (kind) {
            case USAGE -> ExitCode.USAGE;
            case INVALID_INPUT -> ExitCode.INVALID_INPUT;
            case UNREADABLE -> ExitCode.UNREADABLE;
        };
    }
}
