package org.triage.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The program's streams and surroundings, injected so that tests never touch System.out.
 * Colour is used only on a terminal, and never when NO_COLOR is set.
 */
public record Console(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal,
                      boolean errTerminal) {

    public Console {
        env = Map.copyOf(env);
    }

    /** Streams whose stderr is not a terminal (tests, pipes). */
    public Console(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        this(in, out, err, env, terminal, false);
    }

    /** Whether live progress may be drawn on stderr: it is a terminal that can redraw a line. */
    public boolean progress() {
        return errTerminal && !"dumb".equals(env.get("TERM"));
    }

    public boolean colour() {
        String noColor = env.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
    }
}
