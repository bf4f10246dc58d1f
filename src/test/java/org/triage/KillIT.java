package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed outright (SIGKILL, which no program can catch) at any moment leaves its output as it was, or
 * complete: never a partial file, and no temporary file in the folder once the shell that watches its part file has
 * seen it go. Killed together with that shell (as a power cut would stop both), it leaves its hidden, locked part
 * file, and the next run writing that output deletes it. Runs the built jar after the package phase (failsafe), on
 * 200,000 rows, killed at seeded random moments.
 */
class KillIT {

    private static final int KILLS = 24;
    private static final long SEED = 20261207L;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledAtAnyMomentLeavesTheOldOutputOrTheNewOneWholeAndNoTemporaryFile() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path keep = Files.createDirectories(dir.resolve("keep"));
        Path in = work.resolve("in.csv");
        assertThat(TriageJar.start(dir, in, keep.resolve("template.err"), "template", "--sample", "200000", "--seed", "5")
                .waitFor()).isZero();
        Path old = keep.resolve("old.csv");
        Path small = keep.resolve("small.csv");
        assertThat(TriageJar.start(dir, small, keep.resolve("small.err"), "template", "--sample", "500", "--seed", "6")
                .waitFor()).isZero();
        assertThat(TriageJar.run(dir, keep, "batch", small.toString(), "-o", old.toString()).code()).isZero();
        Path reference = keep.resolve("reference.csv");
        // runs of their own to the reference output, watched as the killed runs are: how long a part file is written
        // (the shorter of a first run and a second, warm one, so that the kills below fall within the write)
        long write = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            Files.deleteIfExists(reference);
            Process p = TriageJar.start(keep, keep.resolve("reference.out"), keep.resolve("reference.err"),
                    "batch", in.toString(), "-o", reference.toString());
            assertThat(partFileAppears(keep, p)).as("the reference run wrote through a part file").isNotNegative();
            long opened = System.nanoTime();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            write = Math.min(write, Math.max(20, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened)));
        }

        Path out = work.resolve("out.csv");
        Files.copy(old, out);
        Random random = new Random(SEED);
        int midWrite = 0;
        int finished = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process p = TriageJar.start(work, keep.resolve("run.out"), keep.resolve("run.err"),
                    "batch", in.toString(), "-o", out.toString());
            long after;
            if (kill < 3) {
                after = random.nextInt(60); // before or just as the JVM starts
                p.waitFor(after, TimeUnit.MILLISECONDS);
            } else {
                // once its part file is there: at any moment of the write, some near its end, some after it
                partFileAppears(work, p);
                after = kill < 7 ? write * 80 / 100 + random.nextInt((int) Math.max(1, write * 30 / 100))
                        : random.nextInt((int) Math.max(1, write * 75 / 100));
                p.waitFor(after, TimeUnit.MILLISECONDS);
            }
            boolean wasWriting = p.isAlive() && TriageJar.names(work).stream()
                    .anyMatch(n -> n.endsWith(".part"));
            p.destroyForcibly(); // SIGKILL, to the program alone, as kill -9 PID sends it
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String when = "kill " + kill + " after " + after + " ms";
            List<String> left = settled(work);

            boolean isOld = Files.mismatch(out, old) == -1;
            boolean isNew = Files.mismatch(out, reference) == -1;
            assertThat(isOld || isNew).as(when + ": out.csv is the old file or the complete new one").isTrue();
            assertThat(left).as(when + ": nothing but the input and the output in the folder")
                    .containsExactlyInAnyOrder("in.csv", "out.csv");
            if (wasWriting) {
                midWrite++;
            }
            if (isNew) {
                finished++;
                Files.copy(old, out, StandardCopyOption.REPLACE_EXISTING); // the next kill starts from the old file again
            }
        }
        long whole = write;
        assertThat(midWrite).as("kills that stopped a run in the middle of writing").isGreaterThanOrEqualTo(KILLS / 2);

        // a power cut stops the program and its watching shell at once: the part file stays, and the next run deletes it
        Process p = TriageJar.start(work, keep.resolve("run.out"), keep.resolve("run.err"),
                "batch", in.toString(), "-o", out.toString());
        partFileAppears(work, p);
        p.waitFor(write / 3, TimeUnit.MILLISECONDS);
        List<ProcessHandle> shells = p.descendants().toList();
        assertThat(shells).as("a shell watches the part file").isNotEmpty();
        shells.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(TriageJar.names(work)).as("the part file of a run stopped with its shell")
                .anyMatch(n -> n.matches("\\.out\\.csv\\.[0-9]+\\.part"));
        assertThat(Files.mismatch(out, old)).isEqualTo(-1);

        TriageJar.Result last = TriageJar.run(dir, keep, "batch", in.toString(), "-o", out.toString());
        assertThat(last.code()).as(last.err()).isZero();
        assertThat(TriageJar.names(work)).as("the next run removed what a killed run left").containsExactly("in.csv", "out.csv");
        assertThat(Files.mismatch(out, reference)).isEqualTo(-1);
        System.out.printf("KillIT: %d kills (%d in the middle of writing, %d after the run had finished), "
                + "the write of a whole run %d ms%n", KILLS, midWrite, finished, whole);
    }

    /**
     * The names in {@code folder} once any part file there is gone, or as they are after 10 seconds: the shell
     * that watches a part file deletes it a moment after the program it watches has been killed.
     */
    private static List<String> settled(Path folder) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> names = TriageJar.names(folder);
        while (names.stream().anyMatch(n -> n.endsWith(".part")) && System.nanoTime() < end) {
            Thread.sleep(5);
            names = TriageJar.names(folder);
        }
        return names;
    }

    /**
     * Waits until {@code p} has a part file in {@code folder}; the milliseconds that took,
     * or -1 when the process ended first.
     */
    private static long partFileAppears(Path folder, Process p) throws Exception {
        long start = System.nanoTime();
        while (p.isAlive()) {
            if (TriageJar.names(folder).stream().anyMatch(n -> n.endsWith(".part"))) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
            Thread.sleep(2);
        }
        return -1;
    }
}
