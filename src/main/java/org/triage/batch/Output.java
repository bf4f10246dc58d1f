package org.triage.batch;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a result goes: standard output, or a file that is written to a temporary file in the target's
 * folder and moved into place only when complete, so that a failed run never leaves a half-written file.
 */
public abstract class Output implements AutoCloseable {

    public abstract Writer writer();

    /** Completes the output: flushes it, or moves the finished file into place. */
    public abstract void commit() throws IOException;

    /** Discards an uncommitted file; does nothing after commit. */
    @Override
    public abstract void close();

    /**
     * Standard output, kept open. A {@link PrintWriter} (the program's own) keeps a write failure to itself: it is
     * asked after each write, so that a full disk or a reader gone away ({@code | head}) ends the run at once,
     * not after every row has been evaluated for nobody.
     */
    static Output stdout(Writer out) {
        Writer kept = new FilterWriter(out) {
            @Override
            public void write(String s, int off, int len) throws IOException {
                super.write(s, off, len);
                check();
            }

            @Override
            public void write(char[] c, int off, int len) throws IOException {
                super.write(c, off, len);
                check();
            }

            @Override
            public void write(int c) throws IOException {
                super.write(c);
                check();
            }

            @Override
            public void flush() throws IOException {
                super.flush();
                check();
            }

            private void check() throws IOException {
                if (out instanceof PrintWriter print && print.checkError()) {
                    throw new IOException("standard output cannot be written");
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new Output() {
            public Writer writer() {
                return kept;
            }

            public void commit() throws IOException {
                kept.flush();
            }

            @Override
            public void close() {
                // the program's own stream stays open
            }
        };
    }

    /**
     * A file written whole or not at all: a temporary file beside it, moved into place on commit. A target
     * that exists and is not a regular file (a device such as /dev/null, a named pipe) is written directly:
     * moving a file over it would replace the device, and there is nothing there to leave half-written.
     */
    public static Output file(Path target) throws IOException {
        return file(target, true);
    }

    /**
     * As {@link #file(Path)}; with {@code discardOnStop} false, a file still being written when the program is
     * stopped is not discarded: for a file that is itself written while stopping, such as the answers a
     * questionnaire saves on Ctrl-C.
     */
    public static Output file(Path target, boolean discardOnStop) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            return new DirectOutput(target);
        }
        return new FileOutput(target, discardOnStop);
    }

    private static final class DirectOutput extends Output {
        private final Writer writer;

        DirectOutput(Path target) throws IOException {
            this.writer = new Utf8Writer(new java.io.FileOutputStream(target.toFile()));
        }

        @Override
        public Writer writer() {
            return writer;
        }

        @Override
        public void commit() throws IOException {
            writer.close();
        }

        @Override
        public void close() {
            try {
                writer.close();
            } catch (IOException e) {
                // a device or pipe that fails on close has nothing left to keep
            }
        }
    }

    /**
     * The temporary files being written, deleted by one shutdown hook when the program is stopped
     * (SIGTERM, Ctrl-C) before they are moved into place: they hold health data and are never a result.
     * A file begun while the program is already stopping (the questionnaire saving its answers from its own
     * shutdown hook) is not tracked: that writer finishes it.
     */
    private static final class Unfinished {
        private static final Set<Path> FILES = ConcurrentHashMap.newKeySet();
        private static final Thread HOOK = new Thread(() -> {
            for (Path p : FILES) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the program is ending; nothing more can be done
                }
            }
        }, "triage-discard-unfinished");
        private static final boolean REGISTERED = register();

        private Unfinished() {
        }

        private static boolean register() {
            try {
                Runtime.getRuntime().addShutdownHook(HOOK);
                return true;
            } catch (IllegalStateException e) {
                return false; // already stopping
            }
        }

        /** A file that is written while the program stops opts out with discardOnStop instead. */
        static void track(Path temp) {
            if (REGISTERED) {
                FILES.add(temp);
            }
        }

        static void done(Path temp) {
            FILES.remove(temp);
        }
    }

    private static final class FileOutput extends Output {
        private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final PartWatch watch;
        private final Writer writer;
        private boolean committed;

        FileOutput(Path target, boolean discardOnStop) throws IOException {
            this.target = target.toAbsolutePath();
            PartFiles.sweep(this.target);
            Part part = createBeside(this.target, discardOnStop);
            this.temp = part.path();
            this.channel = part.channel();
            this.watch = part.watch();
            this.writer = new Utf8Writer(Channels.newOutputStream(channel));
        }

        /**
         * An empty temporary file in the target's folder with the permissions the target will have: those of
         * the file it replaces, or for a new file read and write for its owner only (it holds health data). It is
         * locked while it is written, which tells a file of a run still going from one left by a run killed
         * outright, which the next output to the same target deletes. A shell started before the file is made
         * deletes it when this program is killed outright ({@link PartWatch}); the lock and the next run are for a
         * power cut, or a machine where no shell can be started.
         */
        private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");

        private record Part(Path path, FileChannel channel, PartWatch watch) {
        }

        private static Part createBeside(Path target, boolean discardOnStop) throws IOException {
            Path dir = target.getParent();
            while (true) {
                Path temp = dir.resolve(PartFiles.prefix(target) + Long.toUnsignedString(RANDOM.nextLong())
                        + PartFiles.SUFFIX);
                PartWatch watch = PartWatch.start(temp);
                FileChannel channel;
                try {
                    channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    watch.done(); // another run's file: not this one's to delete
                    continue;
                } catch (IOException | RuntimeException e) {
                    watch.done();
                    throw e;
                }
                PartFiles.opened(temp);
                if (discardOnStop) {
                    Unfinished.track(temp);
                }
                try {
                    // another run may have swept the file between its creation and the lock: then take another
                    if (channel.tryLock() == null || !Files.exists(temp)) {
                        channel.close();
                        PartFiles.closed(temp);
                        Unfinished.done(temp);
                        watch.done(); // the run that swept it deletes it
                        continue;
                    }
                    Files.setPosixFilePermissions(temp, Files.isRegularFile(target)
                            ? Files.getPosixFilePermissions(target) : OWNER_ONLY);
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own rules apply
                } catch (IOException e) {
                    Files.deleteIfExists(temp);
                    channel.close();
                    PartFiles.closed(temp);
                    Unfinished.done(temp);
                    watch.done();
                    throw e;
                }
                return new Part(temp, channel, watch);
            }
        }

        @Override
        public Writer writer() {
            return writer;
        }

        /** Moves the file into place while it is still locked, so that no other run can take it for a stale one. */
        @Override
        public void commit() throws IOException {
            writer.flush();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            watch.done();
            Unfinished.done(temp);
            PartFiles.closed(temp);
            writer.close();
        }

        @Override
        public void close() {
            if (committed) {
                return;
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more can be done: the folder itself has gone or is read-only
            }
            try {
                writer.close();
            } catch (IOException e) {
                // the file is being discarded; its writer's failure changes nothing
            }
            PartFiles.closed(temp);
            Unfinished.done(temp);
            watch.done();
        }
    }
}
