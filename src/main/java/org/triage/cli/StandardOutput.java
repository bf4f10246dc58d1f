package org.triage.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/**
 * What a failed write to standard output means. Its {@link java.io.PrintWriter} keeps the failure to itself and
 * {@code checkError} tells it; a failure on a pipe or socket is its reader gone away ({@code | head}), which ends the
 * program quietly as SIGPIPE would (the JVM ignores that signal); anything else, such as a full disk, is an error.
 */
public final class StandardOutput {

    private static final Path FD = Path.of("/proc/self/fd/1");

    private StandardOutput() {
    }

    /**
     * The program's standard output, straight from its file descriptor rather than through System.out, whose
     * PrintStream would keep a failure where checkError cannot see it. Only this writer is taken for file descriptor
     * 1 when asking whether it is a pipe: a test's writer is not.
     */
    public static PrintWriter open() {
        return new Fd1(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    }

    private static final class Fd1 extends PrintWriter {
        Fd1(Writer out) {
            super(out);
        }
    }

    /** Whether a write to standard output failed because its reader has gone. */
    static boolean readerGone(Console console) {
        return console.out().checkError() && isPipe(console);
    }

    /** The error for a failed write to standard output: none shown when its reader has gone. */
    static UserError failure(Console console) {
        if (isPipe(console)) {
            return new UserError(ExitCode.PIPE_CLOSED, List.of());
        }
        return new UserError(ExitCode.UNREADABLE, Problem.error(Location.of("<stdout>"),
                "cannot write the results to standard output", "check that the disk is not full, or write the"
                        + " results to a file with -o FILE"));
    }

    private static boolean isPipe(Console console) {
        if (!(console.out() instanceof Fd1)) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(FD).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
