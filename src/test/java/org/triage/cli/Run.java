package org.triage.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.triage.App;

/** One run of the program with injected streams: what a test sees of it. */
record Run(int code, String out, String err) {

    static Run stdin(String stdin, String... args) {
        return stdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run stdin(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err),
                Map.of(), false);
        int code = App.run(console, args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run of(String... args) {
        return stdin("", args);
    }
}
