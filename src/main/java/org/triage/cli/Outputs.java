package org.triage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.triage.batch.Output;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/** Writes an output file whole or not at all: a temporary file beside it, then a move into place. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Fails before any work when {@code target} (given with {@code option}; none when null) cannot be written: its
     * folder is missing or not writable, or it is a folder (exit 5, as for an output that cannot be written); or it
     * is one of {@code others}, the run's input and its other outputs, never overwritten (a usage error).
     */
    static void checkTarget(Path target, String option, String... others) {
        if (target == null) {
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        String problem = Files.isDirectory(target) ? option + " names a folder, not a file"
                : folder == null || !Files.isDirectory(folder) ? "the folder " + folder + " does not exist"
                : !Files.isWritable(folder) ? "the folder " + folder + " is not writable" : null;
        if (problem != null) {
            throw new UserError(ExitCode.UNREADABLE, Problem.error(Location.of(option + " " + target), problem,
                    "choose a file in a folder that exists and that you may write to"));
        }
        Path shown = target.toAbsolutePath().normalize();
        for (String other : others) {
            if (other != null && !other.equals("-") && shown.equals(Path.of(other).toAbsolutePath().normalize())) {
                throw new UserError(ExitCode.USAGE, Problem.error(Location.of(option + " " + target),
                        option + " names " + other + ", which this run reads or writes", "choose another file"));
            }
        }
    }

    static void writeAtomically(Path target, String text) {
        try (Output out = Output.file(target, false)) {
            out.writer().write(text);
            out.commit();
        } catch (IOException e) {
            throw new UserError(ExitCode.UNREADABLE, org.triage.batch.Targets.cannotWrite(target.toString(), e).problems());
        }
    }
}
