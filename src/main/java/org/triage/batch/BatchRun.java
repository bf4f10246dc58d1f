package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        try (InputStream in = open(o.input(), stdin); CsvIntake intake = new CsvIntake(shown, in)) {
            IntakeRow header = intake.next().orElseThrow(() -> new BatchFailure(BatchFailure.Kind.INVALID_INPUT,
                    Problem.error(Location.of(shown), "the file is empty: expected a header row of field ids",
                            "put the field ids in the first row; 'triage template --csv' prints it")));
            Columns columns = Columns.read(shown, header.cells(), o.mappings(), o.ignoreUnknownColumns(),
                    ruleSet.questionnaire());
            RowEvaluator evaluator = new RowEvaluator(shown, ruleSet, columns);
            write(o, intake, evaluator, summary, stdout, progress);
        } catch (IOException e) {
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(shown),
                    "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder"));
        }
        summary.elapsed(clock.getAsLong() - start);
        return summary;
    }

    private static void write(BatchOptions o, CsvIntake intake, RowEvaluator evaluator, Summary summary, Writer stdout,
                              Progress progress) {
        String target = o.output();
        try (Output out = Targets.open(o.output(), stdout);
             Output err = o.errors().isPresent() ? Targets.open(o.errors().get(), stdout) : null) {
            RowSink results = o.format() == BatchOptions.Format.CSV ? new CsvResults(out.writer())
                    : new JsonlResults(out.writer());
            RowSink errors = err == null ? null : new ErrorRows(o.errors().get(), err.writer());
            try (OrderedPipeline<Done> pipeline = new OrderedPipeline<>(o.threads(), row -> {
                RowResult result = evaluator.evaluate(row);
                return new Done(result, results.render(result));
            }, done -> {
                summary.count(done.row());
                results.write(done.row(), done.rendered());
                if (errors != null && done.row().invalid()) {
                    errors.write(done.row(), null);
                }
            })) {
                long rows = 0;
                for (var row = intake.next(); row.isPresent(); row = intake.next()) {
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

    /** A row's result and its output, made on an evaluating thread. */
    private record Done(RowResult row, Object rendered) {
    }

    private static InputStream open(String name, InputStream stdin) {
        if (name.equals("-")) {
            return stdin;
        }
        try {
            return Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw unreadable(name, "file not found", "check the path; it is taken relative to the current folder, "
                    + Path.of("").toAbsolutePath());
        } catch (AccessDeniedException e) {
            throw unreadable(name, "permission denied", "make the file readable, or copy it somewhere you can read");
        } catch (IOException e) {
            throw unreadable(name, "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder");
        }
    }

    private static BatchFailure unreadable(String name, String message, String fix) {
        return new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(name), message, fix));
    }
}
