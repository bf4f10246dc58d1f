package org.triage.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.triage.batch.Output;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/** Writes an output file whole or not at all: a temporary file beside it, then a move into place. */
final class Outputs {

    private Outputs() {
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
