package org.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that are not a plain new file, each with the behaviour the README's table gives, on the built jar: a
 * read-only folder, the input itself, a symbolic link to the input, a named pipe. Runs after the package phase.
 */
class OutputTargetsIT {

    @TempDir
    static Path dir;

    private static Path in;
    private static byte[] input;
    private static byte[] results;

    @BeforeAll
    static void setUp() throws Exception {
        in = dir.resolve("in.csv");
        assertThat(TriageJar.start(dir, in, dir.resolve("template.err"), "template", "--sample", "20000", "--seed", "13")
                .waitFor()).isZero();
        input = Files.readAllBytes(in);
        Path reference = dir.resolve("reference.csv");
        assertThat(TriageJar.run(dir, dir, "batch", in.toString(), "-o", reference.toString()).code()).isZero();
        results = Files.readAllBytes(reference);
        Files.delete(reference);
    }

    @Test
    void aReadOnlyFolderIsRefusedWithExitCodeFiveAndItsFileIsUnchanged() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Tmpfs disk = root ? Tmpfs.mount("1m") : null;
        Path folder = root ? disk.dir : Files.createDirectories(dir.resolve("read-only"));
        try {
            assumeTrue(!root || disk.mounted(), root ? disk.why : "");
            Path out = Files.writeString(folder.resolve("out.csv"), "line,client_id\n2,OLD\n");
            // root writes whatever a folder's permissions say: only a read-only file system stops it
            String failed = root ? disk.remountReadOnly() : null;
            assumeTrue(failed == null, failed);
            if (!root) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            }

            TriageJar.Result r = TriageJar.run(dir, dir, "batch", in.toString(), "-o", out.toString());

            assertThat(r.code()).as(r.err()).isEqualTo(5);
            assertThat(r.err()).contains(out + ": error: cannot write the output: ")
                    .containsAnyOf("read-only file system", "permission denied").doesNotContain("Exception");
            assertThat(Files.readString(out)).isEqualTo("line,client_id\n2,OLD\n");
            assertThat(TriageJar.names(folder)).containsExactly("out.csv");
        } finally {
            if (root && disk.mounted()) {
                disk.unmount();
            } else if (!root) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void theInputAsTheOutputIsAUsageErrorAndTheInputIsUnchanged() throws Exception {
        TriageJar.Result r = TriageJar.run(dir, dir, "batch", in.toString(), "-o", "./in.csv");

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("-o ./in.csv: error: the output would overwrite " + in).doesNotContain("Exception");
        assertThat(Files.readAllBytes(in)).isEqualTo(input);
        assertThat(TriageJar.names(dir)).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aSymbolicLinkToTheInputIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), in.getFileName());
        try {
            TriageJar.Result r = TriageJar.run(dir, dir, "batch", in.toString(), "-o", link.toString());

            assertThat(r.code()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("-o " + link + ": error: the output would overwrite " + in);
            assertThat(Files.readAllBytes(in)).isEqualTo(input);
            assertThat(Files.isSymbolicLink(link)).isTrue();
            assertThat(TriageJar.names(dir)).noneMatch(n -> n.endsWith(".part"));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void aNamedPipeIsWrittenStraightToItsReaderAndStaysAPipe() throws Exception {
        Path fifo = mkfifo("results.fifo");
        try {
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try (InputStream s = Files.newInputStream(fifo)) {
                    return s.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            TriageJar.Result r = TriageJar.run(dir, dir, "batch", in.toString(), "-o", fifo.toString());

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(read.get(60, TimeUnit.SECONDS)).as("what the reader got").isEqualTo(results);
            assertThat(Files.isRegularFile(fifo)).as("not replaced by a file").isFalse();
            assertThat(TriageJar.names(dir)).noneMatch(n -> n.endsWith(".part"));
        } finally {
            Files.delete(fifo);
        }
    }

    @Test
    void aNamedPipeWhoseReaderStopsEndsTheRunWithExitCodeFiveNamingIt() throws Exception {
        Path fifo = mkfifo("closed.fifo");
        try {
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
                try (InputStream s = Files.newInputStream(fifo)) {
                    return s.readNBytes(100).length;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });

            TriageJar.Result r = TriageJar.run(dir, dir, "batch", in.toString(), "-o", fifo.toString());

            assertThat(read.get(60, TimeUnit.SECONDS)).isEqualTo(100);
            assertThat(r.code()).as(r.err()).isEqualTo(5);
            assertThat(r.err()).contains(fifo + ": error: cannot write the output: the program reading it has closed it")
                    .contains("fix: keep the program that reads the pipe running until the run ends")
                    .doesNotContain("Exception").doesNotContain("rows in");
        } finally {
            Files.delete(fifo);
        }
    }

    private static Path mkfifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo " + fifo).isTrue();
        return fifo;
    }
}
