package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.function.LongSupplier;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.rules.RuleSet;

/**
 * {@code triage batch}: streams an intake CSV through the engine, one result per input row in input order.
 * Invalid rows are reported in their result row and the run goes on; only a problem with the file as a
 * whole (unreadable, not CSV, unknown columns, an output that cannot be written) ends it.
 */
public final class BatchRun {

    private BatchRun() {
    }

    public static Summary run(BatchOptions o, RuleSet ruleSet, InputStream stdin, Writer stdout, LongSupplier clock) {
        long start = clock.getAsLong();
        Targets.check(o);
        String shown = BatchOptions.shown(o.input());
        Summary summary = new Summary();
        try (InputStream in = CsvIntake.open(o.input(), stdin); CsvIntake intake = new CsvIntake(shown, in)) {
            Columns columns = Columns.read(shown, intake.header(), o.mappings(), o.ignoreUnknownColumns(),
                    ruleSet.questionnaire());
            RowEvaluator evaluator = new RowEvaluator(shown, ruleSet, columns);
            write(o, intake, evaluator, summary, stdout);
        } catch (IOException e) {
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(shown),
                    "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder"));
        }
        summary.elapsed(clock.getAsLong() - start);
        return summary;
    }

    private static void write(BatchOptions o, CsvIntake intake, RowEvaluator evaluator, Summary summary, Writer stdout) {
        String target = o.output();
        try (Output out = Targets.open(o.output(), stdout);
             Output err = o.errors().isPresent() ? Targets.open(o.errors().get(), stdout) : null) {
            RowSink results = o.format() == BatchOptions.Format.CSV ? new CsvResults(out.writer())
                    : new JsonlResults(out.writer());
            RowSink errors = err == null ? null : new ErrorRows(o.errors().get(), err.writer());
            RowSink all = new RowSink() {
                public void write(RowResult row) throws IOException {
                    summary.count(row);
                    results.write(row);
                    if (errors != null && row.invalid()) {
                        errors.write(row);
                    }
                }

                public void flush() throws IOException {
                    results.flush();
                    if (errors != null) {
                        errors.flush();
                    }
                }
            };
            try (OrderedPipeline<RowResult> pipeline = new OrderedPipeline<>(o.threads(), evaluator::evaluate, all::write)) {
                for (var row = intake.next(); row.isPresent(); row = intake.next()) {
                    pipeline.accept(row.get());
                }
                pipeline.finish();
            }
            all.flush();
            if (err != null) {
                target = o.errors().get();
                err.commit();
            }
            target = o.output();
            out.commit();
        } catch (IOException e) {
            throw Targets.cannotWrite(target, e);
        }
    }
}
