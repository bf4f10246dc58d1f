package org.triage;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.triage.cli.Cli;
import org.triage.cli.Console;
import org.triage.cli.StandardOutput;

/** The entry point: the one place that touches System streams and calls System.exit. */
public final class App {

    private App() {
    }

    public static void main(String[] args) {
        // Standard output straight from its file descriptor, not through System.out: a PrintStream keeps write
        // failures (a full disk, a closed pipe) to itself, where the console's checkError could not see them.
        Console console = new Console(System.in, StandardOutput.open(),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)),
                System.getenv(), System.console() != null, stderrIsTerminal());
        System.exit(run(console, args));
    }

    /** Whether stderr is a terminal; Java 17 cannot ask directly, so this reads where file descriptor 2 points. */
    private static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    public static int run(Console console, String... args) {
        return Cli.run(console, args);
    }
}
