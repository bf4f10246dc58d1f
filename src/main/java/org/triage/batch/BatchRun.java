package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
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
        Summary summary = new Summary(o.report(), ruleSet.rules().size(), ruleSet.techniques().size());
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
            RowSink results = sink(o.format(), out.writer(), evaluator.ruleSet(), false);
            RowSink errors = err == null ? null : new ErrorRows(o.errors().get(), err.writer());
            ChunkWork work = new ChunkWork(evaluator, results, errors != null, o.threads(), summary);
            Utf8Buffer errorText = new Utf8Buffer(1 << 10);
            try (OrderedPipeline<RowChunk, Chunk> pipeline = new OrderedPipeline<>(o.threads(), work, chunk -> {
                summary.add(chunk.tally());
                results.write(chunk.text());
                work.spare(chunk.text());
                if (errors != null && !chunk.invalid().isEmpty()) {
                    errorText.truncate(0);
                    for (RowResult row : chunk.invalid()) {
                        errors.render(row, errorText);
                    }
                    errors.write(errorText);
                }
            })) {
                long rows = 0;
                for (RowChunk chunk = work.emptyChunk(); intake.fill(chunk); chunk = work.emptyChunk()) {
                    CsvIntake.checkQuotes(shown, chunk, width);
                    pipeline.accept(chunk);
                    rows += chunk.size();
                    progress.update(rows, intake.bytesRead());
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

    /** Where the results go in the format asked for. */
    static RowSink sink(BatchOptions.Format format, Writer out, RuleSet ruleSet, boolean resources) throws IOException {
        return switch (format) {
            case CSV -> new CsvResults(out, resources);
            case JSONL -> new JsonlResults(out, resources);
            case FHIR -> new FhirResults(out, org.triage.fhir.FhirNames.of(ruleSet));
        };
    }

    /**
     * A chunk of rows' output, rendered on an evaluating thread into one run of bytes, what the summary counts of them,
     * and the invalid rows themselves only when there is an errors file; recommendations are not kept once
     * rendered.
     */
    private record Chunk(Utf8Buffer text, Summary.Tally tally, List<RowResult> invalid) {
    }

    /** Evaluates a chunk of rows and renders them. Thread-safe: it runs on the pipeline's threads. */
    private static final class ChunkWork implements Function<RowChunk, Chunk> {
        private final RowEvaluator evaluator;
        private final RowSink results;
        private final boolean keepInvalid;
        /**
         * The length of the last chunk's text, to size the next chunk's buffer once rather than grow it (a hint:
         * races are harmless); at first, what a chunk of CSV rows usually takes.
         */
        private volatile int lastLength;
        private final int threads;
        private final Summary summary;
        /**
         * Chunks and buffers done with, to be filled again: at most a few are in use at once, and making new ones
         * for each chunk would clear a megabyte of memory per chunk.
         */
        private final Queue<RowChunk> spareChunks = new ConcurrentLinkedQueue<>();
        private final Queue<Utf8Buffer> spareTexts = new ConcurrentLinkedQueue<>();

        ChunkWork(RowEvaluator evaluator, RowSink results, boolean keepInvalid, int threads, Summary summary) {
            this.evaluator = evaluator;
            this.summary = summary;
            this.results = results;
            this.keepInvalid = keepInvalid;
            this.threads = threads;
            this.lastLength = RowChunk.rowsFor(threads) * 600;
        }

        /** A chunk to read rows into: one done with, or a new one. */
        RowChunk emptyChunk() {
            RowChunk chunk = spareChunks.poll();
            if (chunk == null) {
                return RowChunk.forThreads(threads);
            }
            chunk.clear();
            return chunk;
        }

        /** Takes back a chunk's text once written; one that a huge row made much larger than usual is let go. */
        void spare(Utf8Buffer text) {
            if (text.capacity() <= 4 * Math.max(lastLength, 1 << 16)) {
                spareTexts.add(text);
            }
        }

        @Override
        public Chunk apply(RowChunk rows) {
            Chunk done = evaluate(rows);
            spareChunks.add(rows);
            return done;
        }

        private Chunk evaluate(RowChunk rows) {
            Utf8Buffer text = spareTexts.poll();
            if (text == null) {
                int hint = lastLength;
                text = new Utf8Buffer(hint + (hint >> 4));
            }
            text.truncate(0);
            Summary.Tally tally = summary.newTally();
            List<RowResult> invalid = List.of();
            for (int row = 0; row < rows.size(); row++) {
                RowResult result = evaluator.evaluate(rows, row);
                tally.count(result);
                results.render(result, text);
                if (keepInvalid && result.invalid()) {
                    if (invalid.isEmpty()) {
                        invalid = new ArrayList<>();
                    }
                    invalid.add(result);
                }
            }
            lastLength = text.length();
            return new Chunk(text, tally, invalid);
        }
    }
}
