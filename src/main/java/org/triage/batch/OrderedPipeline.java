package org.triage.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Evaluates rows on a fixed pool of threads and hands the results to the sink in input order. Rows go in
 * chunks; at most two chunks per thread are in flight, so memory stays flat whatever the input size.
 */
final class OrderedPipeline<R> implements AutoCloseable {

    static final int CHUNK = 512;

    /** Takes each result, in input order. */
    interface Sink<R> {
        void write(R result) throws IOException;
    }

    private final Function<IntakeRow, R> work;
    private final Sink<R> sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
    private List<IntakeRow> chunk = new ArrayList<>(CHUNK);

    OrderedPipeline(int threads, Function<IntakeRow, R> work, Sink<R> sink) {
        this.work = work;
        this.sink = sink;
        this.maxInFlight = threads * 2;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triage-batch");
            t.setDaemon(true);
            return t;
        });
    }

    void accept(IntakeRow row) throws IOException {
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            submit();
        }
    }

    /** Evaluates and writes every row still pending. */
    void finish() throws IOException {
        if (!chunk.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            drainOldest();
        }
    }

    private void submit() throws IOException {
        List<IntakeRow> rows = chunk;
        chunk = new ArrayList<>(CHUNK);
        if (pool == null) {
            for (IntakeRow r : rows) {
                sink.write(work.apply(r));
            }
            return;
        }
        inFlight.add(pool.submit(() -> rows.stream().map(work).toList()));
        while (inFlight.size() > maxInFlight) {
            drainOldest();
        }
    }

    private void drainOldest() throws IOException {
        List<R> done;
        try {
            done = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating rows", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluating a row failed", e.getCause());
        }
        for (R r : done) {
            sink.write(r);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
