package org.triage.questionnaire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Plain prompts and one reply per line, for scripts and screen readers: no redrawing, no colour.
 * On a terminal the terminal's own line editing is used, and it echoes the reply.
 */
public final class LinePrompter implements Prompter {

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echoed;

    /** Replies from a script: they are not echoed. */
    public LinePrompter(InputStream in, PrintWriter out) {
        this(in, out, false);
    }

    /** {@code echoed}: the replies are typed at a terminal, which shows them and the line end. */
    public LinePrompter(InputStream in, PrintWriter out, boolean echoed) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.echoed = echoed;
    }

    @Override
    public void say(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public Input read(String prompt, List<String> choices) {
        out.print(prompt);
        out.flush();
        try {
            String line = in.readLine();
            if (!echoed || line == null) {
                // nothing ended the prompt's line: a script's reply is not echoed, and Ctrl-D shows nothing
                out.println();
                out.flush();
            }
            return line == null ? new Input.End() : new Input.Line(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
