package org.triage.batch;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works on chunks of rows on a fixed pool of threads and hands each chunk's result to the sink in input order.
 * At most two chunks per thread are in flight, so memory stays flat whatever the input size. With one thread,
 * each chunk is worked on and written by the calling thread.
 *
 * @param <I> a chunk of rows
 * @param <C> what the work makes of a chunk
 */
final class OrderedPipeline<I, C> implements AutoCloseable {

    /** Takes each chunk's result, in input order. */
    interface Sink<C> {
        void write(C result) throws IOException;
    }

    private final Function<I, C> work;
    private final Sink<C> sink;
    private final ExecutorService pool;
    private final int maxInFlight;
    private final Deque<Future<C>> inFlight = new ArrayDeque<>();

    /**
     * @param work what to make of a chunk of rows; it runs on the pool's threads, so it must be thread-safe
     * @param sink takes the results, in input order, on the thread that calls {@link #accept} and {@link #finish}
     */
    OrderedPipeline(int threads, Function<I, C> work, Sink<C> sink) {
        this.work = work;
        this.sink = sink;
        this.maxInFlight = threads * 2;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triage-batch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands over a chunk, which the caller no longer changes; writes the results that are ready. */
    void accept(I chunk) throws IOException {
        if (pool == null) {
            sink.write(work.apply(chunk));
            return;
        }
        inFlight.add(pool.submit(() -> work.apply(chunk)));
        while (inFlight.size() > maxInFlight) {
            drainOldest();
        }
        // write what is ready now rather than in a burst when the queue is full
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
            drainOldest();
        }
    }

    /** Waits for and writes every chunk still in flight. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
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
