package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BiFunction;
import org.triage.engine.Comparison;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.rules.RuleSet;

/**
 * {@code triage rules diff}: streams an intake CSV through two versions of a rule set and reports each intake
 * whose result differs, and each that is invalid under either, as it is found. Memory stays flat whatever the
 * file size: rows go through the same ordered pipeline as {@code triage batch}.
 */
public final class DiffRun {

    private DiffRun() {
    }

    public static DiffSummary run(DiffOptions o, RuleSet older, RuleSet newer, InputStream stdin, Writer out) {
        String shown = BatchOptions.shown(o.input());
        Comparison comparison = new Comparison(older, newer);
        DiffSummary summary = new DiffSummary();
        try (InputStream in = CsvIntake.open(o.input(), stdin); CsvIntake intake = new CsvIntake(shown, in)) {
            List<String> header = intake.header();
            // The new rule set reads the header first, so that an unknown column is named with its field ids.
            RowEvaluator after = evaluator(o, shown, intake.headerLine(), header, newer, older);
            RowEvaluator before = evaluator(o, shown, intake.headerLine(), header, older, newer);
            DiffSink sink = o.format() == DiffOptions.Format.TEXT ? new DiffText(o, shown, out) : new DiffJson(o, out);
            sink.start(older, newer, comparison);
            OrderedPipeline.Sink<RowDiff> each = row -> {
                summary.count(row);
                if (row.reported()) {
                    sink.row(row);
                }
            };
            stream(o.threads(), shown, header.size(), intake, (chunk, row) -> RowDiff.of(comparison, before.evaluate(chunk, row), after.evaluate(chunk, row)), each);
            sink.end(summary);
            out.flush();
        } catch (IOException e) {
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(shown),
                    "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder"));
        }
        return summary;
    }

    /** Reads the header for one rule set; a column only the other rule set knows is left out, not an error. */
    private static RowEvaluator evaluator(DiffOptions o, String shown, int line, List<String> header,
                                          RuleSet ruleSet, RuleSet other) {
        Columns columns = Columns.read(shown, line, header, o.mappings(), o.ignoreUnknownColumns(), ruleSet.questionnaire(),
                new HashSet<>(other.questionnaire().ids()));
        return new RowEvaluator(shown, ruleSet, columns);
    }

    private static void stream(int threads, String shown, int width, CsvIntake intake,
                               BiFunction<RowChunk, Integer, RowDiff> work, OrderedPipeline.Sink<RowDiff> sink)
            throws IOException {
        try (OrderedPipeline<RowChunk, List<RowDiff>> pipeline = new OrderedPipeline<>(threads, chunk -> {
            List<RowDiff> diffs = new ArrayList<>(chunk.size());
            for (int row = 0; row < chunk.size(); row++) {
                diffs.add(work.apply(chunk, row));
            }
            return diffs;
        }, diffs -> {
            for (RowDiff d : diffs) {
                sink.write(d);
            }
        })) {
            for (RowChunk chunk = RowChunk.forThreads(threads); intake.fill(chunk); chunk = RowChunk.forThreads(threads)) {
                CsvIntake.checkQuotes(shown, chunk, width);
                pipeline.accept(chunk);
            }
            pipeline.finish();
        }
    }
}
