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
     * folder is missing or not writable, it is a folder, or it is the input {@code input}, which is never overwritten.
     */
    static void checkTarget(Path target, String option, String input) {
        if (target == null) {
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        String problem = null;
        if (Files.isDirectory(target)) {
            problem = option + " names a folder, not a file";
        } else if (folder == null || !Files.isDirectory(folder)) {
            problem = "the folder " + folder + " does not exist";
        } else if (!Files.isWritable(folder)) {
            problem = "the folder " + folder + " is not writable";
        } else if (!input.equals("-") && target.toAbsolutePath().normalize().equals(Path.of(input).toAbsolutePath().normalize())) {
            problem = option + " names the input file, which is never overwritten";
        }
        if (problem != null) {
            throw new UserError(ExitCode.USAGE, Problem.error(Location.of(option + " " + target), problem,
                    "choose a file in a folder that exists and that you may write to"));
        }
    }

    static void writeAtomically(Path target, String text) {
        try (Output out = Output.file(target, false)) {
            out.writer().write(text);
            out.commit();
        } catch (IOException e) {
            throw new UserError(ExitCode.UNREADABLE, Problem.error(Location.of(target.toString()),
                    "cannot write the file: " + e.getClass().getSimpleName(),
                    "check that the folder exists and that you may write to it"));
        }
    }
}
