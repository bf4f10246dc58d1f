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

    /**
     * Runs the command line. Running out of memory or stack (an input within every limit can still be too big
     * for the heap, such as a rule set of thousands of rules to prove) ends the run with a message, not a trace;
     * a file being written is not moved into place, as on any other failure.
     */
    public static int run(Console console, String... args) {
        try {
            return Cli.run(console, args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            boolean memory = e instanceof OutOfMemoryError;
            console.err().println("triage: the input is too big for the " + (memory ? "memory (" + Runtime.getRuntime()
                    .maxMemory() / (1024 * 1024) + " MB) " : "stack ") + "this run has; nothing was finished or written");
            console.err().println("  fix: split the input into smaller files, or give the run more memory with"
                    + " TRIAGE_JAVA_OPTS=-Xmx1g (the launcher reads it)");
            console.err().flush();
            return 1;
        }
    }
}
