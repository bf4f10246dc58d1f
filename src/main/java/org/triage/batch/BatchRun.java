package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static final int PROGRESS_EVERY = 2048;

    private BatchRun() {
    }

    public static Summary run(BatchOptions o, RuleSet ruleSet, InputStream stdin, Writer stdout, LongSupplier clock) {
        return run(o, ruleSet, stdin, stdout, clock, Progress.NONE);
    }

    /** The size of the input in bytes, or -1 for stdin or when it cannot be told (for a progress bar). */
    public static long inputSize(BatchOptions o) {
        try {
            return o.input().equals("-") ? -1 : Files.size(Path.of(o.input()));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static Summary run(BatchOptions o, RuleSet ruleSet, InputStream stdin, Writer stdout, LongSupplier clock,
                              Progress progress) {
        long start = clock.getAsLong();
        Targets.check(o);
        String shown = BatchOptions.shown(o.input());
        Summary summary = new Summary();
        try (InputStream in = CsvIntake.open(o.input(), stdin); CsvIntake intake = new CsvIntake(shown, in)) {
            List<String> header = intake.header();
            Columns columns = Columns.read(shown, intake.headerLine(), header, o.mappings(), o.ignoreUnknownColumns(),
                    ruleSet.questionnaire());
            RowEvaluator evaluator = new RowEvaluator(shown, ruleSet, columns);
            write(o, shown, columns.width(), intake, evaluator, summary, stdout, progress);
        } catch (IOException e) {
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(shown),
                    "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder"));
        }
        summary.elapsed(clock.getAsLong() - start);
        return summary;
    }

    private static void write(BatchOptions o, String shown, int width, CsvIntake intake, RowEvaluator evaluator, Summary summary, Writer stdout,
                              Progress progress) {
        String target = o.output();
        try (Output out = Targets.open(o.output(), stdout);
             Output err = o.errors().isPresent() ? Targets.open(o.errors().get(), stdout) : null) {
            RowSink results = o.format() == BatchOptions.Format.CSV ? new CsvResults(out.writer())
                    : new JsonlResults(out.writer());
            RowSink errors = err == null ? null : new ErrorRows(o.errors().get(), err.writer());
            try (OrderedPipeline<Done> pipeline = new OrderedPipeline<>(o.threads(), row -> {
                RowResult result = evaluator.evaluate(row);
                return new Done(Summary.Tally.of(result), result.invalid() ? result : null, results.render(result));
            }, done -> {
                summary.count(done.tally());
                results.write(null, done.rendered()); // rendered on the evaluating thread: the row is not needed
                if (errors != null && done.invalid() != null) {
                    errors.write(done.invalid(), null);
                }
            })) {
                long rows = 0;
                for (var row = intake.next(); row.isPresent(); row = intake.next()) {
                    var unclosed = CsvIntake.unclosedQuote(shown, row.get(), width);
                    if (unclosed.isPresent()) {
                        throw unclosed.get();
                    }
                    pipeline.accept(row.get());
                    if (++rows % PROGRESS_EVERY == 0) {
                        progress.update(rows, intake.bytesRead());
                    }
                }
                pipeline.finish();
                progress.update(rows, intake.bytesRead());
                progress.done();
            }
            results.flush();
            if (errors != null) {
                errors.flush();
            }
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

    /**
     * A row's output, made on an evaluating thread, what the summary counts, and the row itself only when
     * it is invalid (for the errors file); the recommendation is not kept once rendered.
     */
    private record Done(Summary.Tally tally, RowResult invalid, Object rendered) {
    }
}
