package org.triage.cli;

import java.io.IOException;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.triage.cli.widget.WidgetPrompter;
import org.triage.problem.Limits;
import org.triage.questionnaire.Input;
import org.triage.questionnaire.Prompter;

/**
 * The questionnaire on a terminal: a JLine line reader that completes option ids with Tab,
 * turns Ctrl-C into an interrupt and Ctrl-D into the end of input. No history is kept (answers are health data).
 */
final class JLinePrompter implements Prompter, AutoCloseable {

    private final Terminal terminal;
    private final LineReader reader;
    private List<String> choices = List.of();

    JLinePrompter(Terminal terminal, boolean completion) {
        this.terminal = terminal;
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (completion) {
            builder.completer((r, line, candidates) -> choices.forEach(c -> candidates.add(new Candidate(c))));
        }
        this.reader = builder.build();
    }

    /** The process's terminal. */
    static JLinePrompter onSystemTerminal() throws IOException {
        return new JLinePrompter(TerminalBuilder.builder().system(true).dumb(true).build(), true);
    }

    /** This prompter, or, when {@code widgets}, one that draws questions whole on its terminal when it can. */
    Prompter drawing(boolean widgets) {
        return widgets ? new WidgetPrompter(terminal, this) : this;
    }

    @Override
    public void say(String text) {
        terminal.writer().println(text);
        terminal.writer().flush();
    }

    @Override
    public Input read(String prompt, List<String> choices) {
        this.choices = List.copyOf(choices);
        try {
            String line = reader.readLine(prompt);
            return line.length() > Limits.REPLY_CHARS ? new Input.TooLong() : new Input.Line(line);
        } catch (UserInterruptException e) {
            return new Input.Interrupt();
        } catch (EndOfFileException e) {
            return new Input.End();
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // the terminal is restored as far as it can be; the result is already printed
        }
    }
}
