package org.triage.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files an output is written to, {@code .NAME.NUMBER.part} beside its target, and the removal of those
 * a run killed outright left behind (a power cut; kill -9 of the program and of the shell that watches its part files,
 * {@link PartWatch}): they hold health data and are never a result. A file being written is locked by its run; one
 * whose lock can be taken was left by a run that no longer exists.
 */
final class PartFiles {

    static final String SUFFIX = ".part";

    /**
     * The files this program has open. Closing any channel to a file releases every lock this process holds on it
     * (POSIX record locks), so the sweep never opens one of these, not even to try its lock. Kept by name, which
     * holds a random number, so that a folder spelt another way is no other file.
     */
    private static final Set<String> OPEN = ConcurrentHashMap.newKeySet();

    private PartFiles() {
    }

    static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    static void opened(Path part) {
        OPEN.add(part.getFileName().toString());
    }

    static void closed(Path part) {
        OPEN.remove(part.getFileName().toString());
    }

    /** Deletes the part files of {@code target} (an absolute path) that no running program holds. */
    static void sweep(Path target) {
        Path dir = target.getParent();
        String prefix = prefix(target);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> isPart(p.getFileName().toString(), prefix))) {
            for (Path part : parts) {
                if (!OPEN.contains(part.getFileName().toString())) {
                    deleteIfStale(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the folder cannot be listed: creating the new part file reports why
        }
    }

    private static boolean isPart(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(SUFFIX) || name.length() <= prefix.length() + SUFFIX.length()) {
            return false;
        }
        String number = name.substring(prefix.length(), name.length() - SUFFIX.length());
        return number.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void deleteIfStale(Path part) {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) { // no run holds it: delete it while holding its lock, so none can take it meanwhile
                Files.deleteIfExists(part);
            }
        } catch (OverlappingFileLockException e) {
            // held by this program, through a channel it opened another way: in use
        } catch (NoSuchFileException e) {
            // its run has just moved it into place or deleted it
        } catch (IOException e) {
            // cannot be opened or deleted (a read-only folder): left as it is
        }
    }
}
