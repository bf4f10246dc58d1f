package org.triage.batch;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a result goes: standard output, or a file that is written to a temporary file in the target's
 * folder and moved into place only when complete, so that a failed run never leaves a half-written file.
 */
abstract class Output implements AutoCloseable {

    abstract Writer writer();

    /** Completes the output: flushes it, or moves the finished file into place. */
    abstract void commit() throws IOException;

    /** Discards an uncommitted file; does nothing after commit. */
    @Override
    public abstract void close();

    static Output stdout(Writer out) {
        Writer kept = new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new Output() {
            Writer writer() {
                return kept;
            }

            void commit() throws IOException {
                kept.flush();
            }

            @Override
            public void close() {
                // the program's own stream stays open
            }
        };
    }

    static Output file(Path target) throws IOException {
        return new FileOutput(target);
    }

    private static final class FileOutput extends Output {
        private final Path target;
        private final Path temp;
        private final Writer writer;
        private boolean committed;

        FileOutput(Path target) throws IOException {
            this.target = target.toAbsolutePath();
            Path dir = this.target.getParent();
            this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".part");
            this.writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        }

        @Override
        Writer writer() {
            return writer;
        }

        @Override
        void commit() throws IOException {
            writer.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                writer.close();
            } catch (IOException e) {
                // the file is being discarded; its writer's failure changes nothing
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more can be done: the folder itself has gone or is read-only
            }
        }
    }
}
