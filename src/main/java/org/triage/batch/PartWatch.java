package org.triage.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small shell that outlives this program to delete a part file when the program is killed outright (kill -9,
 * the kernel's out-of-memory killer), which no hook of its own survives. The shell reads the part file's path,
 * then waits on its input: told {@code kept} (the file was moved into place or deleted), it ends; at the end of its
 * input without that word, whatever ended this program, it deletes the part file, which a run that stopped in the
 * middle of writing leaves half-written. The path goes through the pipe, not the command line, so that other users
 * of the machine do not see it in the list of processes. Where there is no {@code /bin/sh}, or the shell cannot
 * be started, nothing watches: the next run writing the same output deletes the file ({@link PartFiles#sweep}).
 */
final class PartWatch {

    private static final Path SHELL = Path.of("/bin/sh");

    /**
     * Ignores the signals a terminal sends to the whole job (Ctrl-C, Ctrl-\, Ctrl-Z, a closed window), so that the
     * shell is there when this program, stopped by one of them, has ended.
     */
    private static final String SCRIPT =
            "trap '' HUP INT QUIT TERM TSTP; IFS= read -r part || exit 0; IFS= read -r word; "
                    + "[ \"$word\" = kept ] || rm -f -- \"$part\"";

    private static final boolean AVAILABLE = Files.isExecutable(SHELL);

    private static final PartWatch NONE = new PartWatch(null);

    private final Process shell;

    private PartWatch(Process shell) {
        this.shell = shell;
    }

    /** Watches {@code part}, which is about to be created; nothing watches it when no shell can be started. */
    static PartWatch start(Path part) {
        String path = part.toAbsolutePath().toString();
        if (!AVAILABLE || path.indexOf('\n') >= 0) {
            return NONE;
        }
        try {
            Process shell = new ProcessBuilder(SHELL.toString(), "-c", SCRIPT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            OutputStream in = shell.getOutputStream();
            in.write((path + "\n").getBytes(Charset.forName(System.getProperty("sun.jnu.encoding",
                    Charset.defaultCharset().name()))));
            in.flush();
            return new PartWatch(shell);
        } catch (IOException | RuntimeException e) {
            return NONE; // too many processes, no shell: the next run sweeps what a killed one leaves
        }
    }

    /** The part file was moved into place or deleted by this program: the shell ends without touching it. */
    void done() {
        if (shell == null) {
            return;
        }
        try (OutputStream in = shell.getOutputStream()) {
            in.write("kept\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the shell has gone: then it deletes nothing
        }
    }
}
