package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
            // A column only one rule set knows is read by that one; the new rule set names unknown columns.
            Columns newColumns = Columns.read(shown, header, o.mappings(), o.ignoreUnknownColumns(),
                    newer.questionnaire(), fieldIds(older));
            Columns oldColumns = Columns.read(shown, header, o.mappings(), o.ignoreUnknownColumns(),
                    older.questionnaire(), fieldIds(newer));
            RowEvaluator before = new RowEvaluator(shown, older, oldColumns);
            RowEvaluator after = new RowEvaluator(shown, newer, newColumns);
            DiffSink sink = o.format() == DiffOptions.Format.TEXT ? new DiffText(o, shown, out) : new DiffJson(o, out);
            write(o, intake, row -> RowDiff.of(comparison, before.evaluate(row), after.evaluate(row)), sink,
                    older, newer, comparison, summary);
            out.flush();
        } catch (IOException e) {
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(shown),
                    "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder"));
        }
        return summary;
    }

    private static void write(DiffOptions o, CsvIntake intake, java.util.function.Function<IntakeRow, RowDiff> work,
                              DiffSink sink, RuleSet older, RuleSet newer, Comparison comparison, DiffSummary summary)
            throws IOException {
        sink.start(older, newer, comparison);
        OrderedPipeline.Sink<RowDiff> each = row -> {
            summary.count(row);
            if (row.reported()) {
                sink.row(row);
            }
        };
        try (OrderedPipeline<RowDiff> pipeline = new OrderedPipeline<>(o.threads(), work, each)) {
            for (var row = intake.next(); row.isPresent(); row = intake.next()) {
                pipeline.accept(row.get());
            }
            pipeline.finish();
        }
        sink.end(summary);
    }

    private static Set<String> fieldIds(RuleSet ruleSet) {
        return new HashSet<>(ruleSet.questionnaire().ids());
    }
}
