package org.triage.questionnaire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain prompts and one reply per line, for scripts and screen readers: no redrawing, no colour. */
public final class LinePrompter implements Prompter {

    private final BufferedReader in;
    private final PrintWriter out;

    public LinePrompter(InputStream in, PrintWriter out) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
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
            // the reply is not echoed when it comes from a script, so end the prompt's line here
            out.println();
            out.flush();
            return line == null ? new Input.End() : new Input.Line(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
