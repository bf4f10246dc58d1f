package org.triage.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/** Reads an input file (or stdin for {@code -}) as UTF-8 text, or ends the command with a clear problem. */
final class Inputs {

    private Inputs() {
    }

    static String read(String name, InputStream stdin) {
        if (name.isBlank()) {
            throw new UserError(ExitCode.USAGE, Problem.error(Location.of("--answers"), "the file name is empty",
                    "give the path of an answers file, or - to read stdin"));
        }
        try {
            byte[] bytes = readBounded(name, stdin);
            if (Limits.overFileLimit(bytes)) {
                throw new UserError(ExitCode.INVALID_INPUT, Limits.fileTooLarge(shown(name), bytes,
                        "check that this is the file you meant: an answers file or a clinic file is a few hundred bytes"));
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw fail(name, "file not found", "check the path; it is taken relative to the current folder, "
                    + Path.of("").toAbsolutePath());
        } catch (AccessDeniedException e) {
            throw fail(name, "permission denied", "make the file readable, or copy it somewhere you can read");
        } catch (CharacterCodingException e) {
            throw fail(name, "the file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw fail(name, "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder");
        }
    }

    /** At most the limit and one byte of the file or stdin. */
    private static byte[] readBounded(String name, InputStream stdin) throws IOException {
        if (name.equals("-")) {
            return Limits.readFile(stdin);
        }
        try (InputStream in = Files.newInputStream(Path.of(name))) {
            return Limits.readFile(in);
        }
    }

    private static String shown(String name) {
        return name.equals("-") ? "<stdin>" : name;
    }

    private static UserError fail(String name, String message, String fix) {
        return new UserError(ExitCode.UNREADABLE, Problem.error(Location.of(shown(name)), message, fix));
    }
}
