package org.triage.cli.widget;

import java.util.List;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.triage.questionnaire.Input;
import org.triage.questionnaire.Prompter;
import org.triage.questionnaire.Question;
import org.triage.rules.FieldType;

/**
 * Draws each question whole on a terminal that can show it (see {@link WidgetMode}); everything else, and every
 * question while the terminal is too small, goes to the line prompter, so that line mode is unchanged.
 */
public final class WidgetPrompter implements Prompter {

    private final Terminal terminal;
    private final Prompter lines;
    /** True from the key that asks for the answers so far until they are said: they are then shown on a page. */
    private boolean answersAsked;
    private Optional<String> answers = Optional.empty();

    /** {@code lines}: the prompter that reads lines on the same terminal. */
    public WidgetPrompter(Terminal terminal, Prompter lines) {
        this.terminal = terminal;
        this.lines = lines;
    }

    @Override
    public void say(String text) {
        if (answersAsked) {
            answersAsked = false;
            answers = Optional.of(text);
        } else {
            lines.say(text);
        }
    }

    @Override
    public Input read(String prompt, List<String> choices) {
        return lines.read(prompt, choices);
    }

    @Override
    public Optional<Input> ask(Question question) {
        if (!WidgetMode.fits(terminal)) {
            return Optional.empty();
        }
        try (Frame frame = new Frame(terminal)) {
            Optional<String> page = answers;
            answers = Optional.empty();
            if (page.isPresent() && !new Page(frame, page.get()).show()) {
                frame.leave(List.of());
                return Optional.empty();
            }
            Optional<Input> input = widget(question, frame).run().map(Widget.Result::input);
            answersAsked = input.filter(i -> i instanceof Input.AnswersSoFar).isPresent();
            return input;
        }
    }

    private static Widget widget(Question question, Frame frame) {
        FieldType type = question.field().type();
        if (type == FieldType.SINGLE || type == FieldType.MULTI) {
            return new ChoiceWidget(question, frame);
        }
        return type == FieldType.YES_NO ? new ConfirmWidget(question, frame) : new TypedWidget(question, frame);
    }
}
