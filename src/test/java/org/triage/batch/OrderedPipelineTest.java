package org.triage.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Chunks of rows are worked on in parallel and written in input order, with a bounded number in flight. */
class OrderedPipelineTest {

    private static final int ROWS = 11 * RowChunk.ROWS + 7;

    /** Chunks of the rows of a file of {@link #ROWS} rows, each with its line number and one cell. */
    private static List<RowChunk> chunks() {
        List<RowChunk> chunks = new ArrayList<>();
        RowChunk chunk = new RowChunk(RowChunk.ROWS, 16);
        for (int i = 0; i < ROWS; i++) {
            if (chunk.full()) {
                chunks.add(chunk);
                chunk = new RowChunk(RowChunk.ROWS, 16);
            }
            String cell = "c" + i;
            chunk.beginRow(i + 2);
            chunk.addCell(cell.toCharArray(), 0, cell.length());
            chunk.endRow();
        }
        chunks.add(chunk);
        return chunks;
    }

    /** Each chunk's rows, as text; the work takes a random while so that chunks finish out of order. */
    private static List<String> run(int threads, AtomicInteger mostInFlight) throws IOException {
        List<String> written = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try (OrderedPipeline<RowChunk, String> pipeline = new OrderedPipeline<>(threads, rows -> {
            mostInFlight.accumulateAndGet(started.incrementAndGet() - done.get(), Math::max);
            StringBuilder sb = new StringBuilder();
            for (int row = 0; row < rows.size(); row++) {
                sb.append(rows.line(row)).append(':').append(rows.cell(row, 0)).append('\n');
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sb.toString();
        }, text -> {
            done.incrementAndGet();
            written.add(text);
        })) {
            for (RowChunk chunk : chunks()) {
                pipeline.accept(chunk);
            }
            pipeline.finish();
        }
        return written;
    }

    @Test
    void chunksAreWrittenInInputOrderWhateverTheNumberOfThreads() throws IOException {
        List<String> one = run(1, new AtomicInteger());
        List<String> four = run(4, new AtomicInteger());
        assertThat(one).hasSize(12);
        assertThat(String.join("", one).lines()).hasSize(ROWS).first().isEqualTo("2:c0");
        assertThat(String.join("", one).lines().toList().get(ROWS - 1)).isEqualTo((ROWS + 1) + ":c" + (ROWS - 1));
        assertThat(four).isEqualTo(one);
    }

    @Test
    void atMostTwoChunksPerThreadAreInFlight() throws IOException {
        AtomicInteger most = new AtomicInteger();
        run(2, most);
        // two per thread waiting in the queue, the oldest that the writer has taken and is writing, and the one
        // just handed over, which the pool may start while the reading thread waits for room in the queue
        assertThat(most.get()).isBetween(1, 2 * 2 + 2);
        AtomicInteger inline = new AtomicInteger();
        run(1, inline);
        assertThat(inline.get()).isEqualTo(1);
    }

    @Test
    void aFailureInTheWorkStopsTheRun() {
        assertThatThrownBy(() -> {
            try (OrderedPipeline<RowChunk, String> pipeline = new OrderedPipeline<>(2, rows -> {
                throw new IllegalArgumentException("bad row");
            }, text -> { })) {
                for (RowChunk chunk : chunks()) {
                    pipeline.accept(chunk);
                }
                pipeline.finish();
            }
        }).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("bad row");
    }
}
