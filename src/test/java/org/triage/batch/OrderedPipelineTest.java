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

    private static final int ROWS = 11 * OrderedPipeline.CHUNK + 7;

    /** Each chunk's rows, as text; the work takes a random while so that chunks finish out of order. */
    private static List<String> run(int threads, AtomicInteger mostInFlight) throws IOException {
        List<String> written = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try (OrderedPipeline<String> pipeline = new OrderedPipeline<>(threads, rows -> {
            mostInFlight.accumulateAndGet(started.incrementAndGet() - done.get(), Math::max);
            StringBuilder sb = new StringBuilder();
            for (IntakeRow row : rows) {
                sb.append(row.line()).append(':').append(row.cells().get(0)).append('\n');
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
            for (int i = 0; i < ROWS; i++) {
                pipeline.accept(new IntakeRow(i + 2, List.of("c" + i)));
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
        // two per thread waiting, and the one just handed over before the oldest is written
        assertThat(most.get()).isBetween(1, 2 * 2 + 1);
        AtomicInteger inline = new AtomicInteger();
        run(1, inline);
        assertThat(inline.get()).isEqualTo(1);
    }

    @Test
    void rowByRowHandsOverEachResultInOrder() throws IOException {
        List<Long> lines = new ArrayList<>();
        try (OrderedPipeline<List<Long>> pipeline = OrderedPipeline.rowByRow(3, IntakeRow::line, lines::add)) {
            for (int i = 0; i < ROWS; i++) {
                pipeline.accept(new IntakeRow(i, List.of()));
            }
            pipeline.finish();
        }
        assertThat(lines).hasSize(ROWS).isSorted();
    }

    @Test
    void aFailureInTheWorkStopsTheRun() {
        assertThatThrownBy(() -> {
            try (OrderedPipeline<String> pipeline = new OrderedPipeline<>(2, rows -> {
                throw new IllegalArgumentException("bad row");
            }, text -> { })) {
                for (int i = 0; i < 3 * OrderedPipeline.CHUNK; i++) {
                    pipeline.accept(new IntakeRow(i, List.of()));
                }
                pipeline.finish();
            }
        }).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("bad row");
    }
}
