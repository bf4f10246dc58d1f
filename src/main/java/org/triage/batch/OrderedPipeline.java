package org.triage.batch;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works on chunks of rows on a fixed pool of threads and hands each chunk's result to the sink in input order,
 * on a thread of its own: the thread that reads the input goes on reading while results are written. At most
 * two chunks per thread wait to be written, so memory stays flat whatever the input size. With one thread, each
 * chunk is worked on and written by the calling thread.
 *
 * @param <I> a chunk of rows
 * @param <C> what the work makes of a chunk
 */
final class OrderedPipeline<I, C> implements AutoCloseable {

    /** Takes each chunk's result, in input order, on one thread at a time. */
    interface Sink<C> {
        void write(C result) throws IOException;
    }

    private final Function<I, C> work;
    private final Sink<C> sink;
    private final ExecutorService pool;
    /** The chunks being worked on, in input order, for the writing thread. */
    private final BlockingQueue<Future<C>> toWrite;
    private final Future<C> end = CompletableFuture.completedFuture(null);
    private final Thread writer;
    /** The first failure of the work or of the sink; once set, what is left is not written. */
    private volatile Throwable failure;

    /**
     * @param work what to make of a chunk of rows; it runs on the pool's threads, so it must be thread-safe
     * @param sink takes the results, in input order: on a thread of its own, or with one thread on the thread that
     *             calls {@link #accept}; everything it did is seen by the caller once {@link #finish} returns
     */
    OrderedPipeline(int threads, Function<I, C> work, Sink<C> sink) {
        this.work = work;
        this.sink = sink;
        if (threads == 1) {
            this.pool = null;
            this.toWrite = null;
            this.writer = null;
            return;
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "triage-batch"));
        this.toWrite = new ArrayBlockingQueue<>(threads * 2);
        this.writer = daemon(this::writeInOrder, "triage-batch-writer");
        writer.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Hands over a chunk, which the caller no longer changes; waits while enough chunks wait to be written. */
    void accept(I chunk) throws IOException {
        if (pool == null) {
            sink.write(work.apply(chunk));
            return;
        }
        rethrow();
        put(pool.submit(() -> work.apply(chunk)));
    }

    /** Waits until every chunk handed over is written. */
    void finish() throws IOException {
        if (pool == null) {
            return;
        }
        put(end);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the results", e);
        }
        rethrow();
    }

    private void put(Future<C> chunk) {
        try {
            toWrite.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating rows", e);
        }
    }

    /** The writing thread: each chunk's result in turn; after a failure, only takes the rest off the queue. */
    private void writeInOrder() {
        try {
            for (Future<C> next = toWrite.take(); next != end; next = toWrite.take()) {
                if (failure != null) {
                    continue;
                }
                try {
                    sink.write(next.get());
                } catch (ExecutionException e) {
                    failure = new IllegalStateException("evaluating a row failed", e.getCause());
                } catch (IOException | RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: the run has failed, and what was not written is not wanted
        }
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f == null) {
            return;
        }
        if (f instanceof IOException io) {
            throw io;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) f;
    }

    @Override
    public void close() {
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        writer.interrupt();
        boolean interrupted = Thread.interrupted(); // an interrupt already taken must not cut the wait short
        while (true) {
            try {
                writer.join(); // the sink's output is not touched once closed
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
