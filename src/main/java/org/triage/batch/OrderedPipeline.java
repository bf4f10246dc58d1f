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
final class OrderedPipeline<T> implements AutoCloseable {

    /** Takes the results in input order, on the thread that feeds the pipeline. */
    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    static final int CHUNK = 512;

    private final Function<IntakeRow, T> work;
    private final Sink<T> sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Future<List<T>>> inFlight = new ArrayDeque<>();
    private List<IntakeRow> chunk = new ArrayList<>(CHUNK);

    OrderedPipeline(int threads, Function<IntakeRow, T> work, Sink<T> sink) {
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
                sink.accept(work.apply(r));
            }
            return;
        }
        inFlight.add(pool.submit(() -> rows.stream().map(work).toList()));
        while (inFlight.size() > maxInFlight) {
            drainOldest();
        }
    }

    private void drainOldest() throws IOException {
        List<T> done;
        try {
            done = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating rows", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluating a row failed", e.getCause());
        }
        for (T r : done) {
            sink.accept(r);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
