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
 * Works on rows in chunks on a fixed pool of threads and hands each chunk's result to the sink in input
 * order. At most two chunks per thread are in flight, so memory stays flat whatever the input size. With one
 * thread, each chunk is worked on and written by the calling thread.
 *
 * @param <C> what the work makes of a chunk of rows
 */
final class OrderedPipeline<C> implements AutoCloseable {

    static final int CHUNK = 512;

    /** Takes each chunk's result, in input order. */
    interface Sink<C> {
        void write(C result) throws IOException;
    }

    private final Function<List<IntakeRow>, C> work;
    private final Sink<C> sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Future<C>> inFlight = new ArrayDeque<>();
    private List<IntakeRow> chunk = new ArrayList<>(CHUNK);

    /**
     * @param work what to make of a chunk of rows (at most {@link #CHUNK}, in input order); it runs on the
     *             pool's threads, so it must be thread-safe
     * @param sink takes the results, in input order, on the thread that calls {@link #accept} and {@link #finish}
     */
    OrderedPipeline(int threads, Function<List<IntakeRow>, C> work, Sink<C> sink) {
        this.work = work;
        this.sink = sink;
        this.maxInFlight = threads * 2;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triage-batch");
            t.setDaemon(true);
            return t;
        });
    }

    /** A pipeline that works on each row on its own and hands the sink one result per row, in input order. */
    static <R> OrderedPipeline<List<R>> rowByRow(int threads, Function<IntakeRow, R> work, Sink<R> sink) {
        return new OrderedPipeline<>(threads, rows -> {
            List<R> results = new ArrayList<>(rows.size());
            for (IntakeRow row : rows) {
                results.add(work.apply(row));
            }
            return results;
        }, results -> {
            for (R r : results) {
                sink.write(r);
            }
        });
    }

    void accept(IntakeRow row) throws IOException {
        chunk.add(row);
        if (chunk.size() == CHUNK) {
            submit();
        }
    }

    /** Works on and writes every row still pending. */
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
            sink.write(work.apply(rows));
            return;
        }
        inFlight.add(pool.submit(() -> work.apply(rows)));
        while (inFlight.size() > maxInFlight) {
            drainOldest();
        }
        // write what is ready now rather than in a burst when the queue is full
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
            drainOldest();
        }
    }

    private void drainOldest() throws IOException {
        C done;
        try {
            done = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating rows", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluating a row failed", e.getCause());
        }
        sink.write(done);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
