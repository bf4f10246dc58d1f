package org.triage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/** Writes an output file whole or not at all: a temporary file beside it, then a move into place. */
final class Outputs {

    private Outputs() {
    }

    static void writeAtomically(Path target, String text) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserError(ExitCode.UNREADABLE, Problem.error(Location.of(target.toString()),
                    "cannot write the file: " + e.getClass().getSimpleName(),
                    "check that the folder exists and that you may write to it"));
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // the temporary file is hidden and harmless; the error about the real file matters more
        }
    }
}
