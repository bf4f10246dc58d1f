package org.triage.questionnaire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.triage.problem.Limits;

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
            Input line = readLine();
            if (!echoed || line instanceof Input.End) {
                // nothing ended the prompt's line: a script's reply is not echoed, and Ctrl-D shows nothing
                out.println();
                out.flush();
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One line, ended by LF, CR, CR LF or the end of input (as {@link BufferedReader#readLine} reads it), kept no
     * further than {@link Limits#REPLY_CHARS}: the rest of a longer line is skipped unkept, so that however long
     * it is it takes no memory.
     */
    private Input readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return new Input.End();
        }
        for (; c >= 0 && c != '\n' && c != '\r'; c = in.read()) {
            if (line.length() < Limits.REPLY_CHARS) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        return tooLong ? new Input.TooLong() : new Input.Line(line.toString());
    }
}
