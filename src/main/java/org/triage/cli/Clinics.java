package org.triage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.triage.problem.Problems;
import org.triage.rules.Clinic;
import org.triage.rules.ClinicFile;

/**
 * The clinic whose name and contact head a client summary: {@code --clinic FILE}, else {@code clinic.yaml} beside
 * the rules of {@code --rules DIR}, else none. A clinic file with problems ends the command with all of them.
 */
final class Clinics {

    private Clinics() {
    }

    static Clinic load(Path clinic, Path rules) {
        Path file = clinic != null ? clinic : rules == null ? null : rules.resolve(ClinicFile.NAME);
        if (file == null || clinic == null && !Files.isRegularFile(file)) {
            return Clinic.NONE;
        }
        String shown = file.toString();
        Problems problems = new Problems();
        Clinic read = ClinicFile.read(shown, Inputs.read(shown, java.io.InputStream.nullInputStream()), problems)
                .orElse(null);
        if (read == null || problems.hasErrors()) {
            throw new UserError(ExitCode.INVALID_INPUT, problems.inOrder());
        }
        return read;
    }
}
