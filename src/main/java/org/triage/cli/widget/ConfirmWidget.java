package org.triage.cli.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.triage.questionnaire.Question;
import org.triage.rules.Answer;

/** A yes/no question as a confirm prompt: Yes or No picked with the arrow keys or by typing y or n, then Enter. */
final class ConfirmWidget extends Widget {

    /** "" skips: first, with the cursor on it, when the question needs no answer, so that Enter alone skips. */
    private final List<String> choices = new ArrayList<>();
    private int cursor;

    ConfirmWidget(Question question, Frame frame) {
        super(question, frame);
        if (!question.required()) {
            choices.add("");
        }
        choices.addAll(List.of("yes", "no"));
        question.current().filter(a -> a instanceof Answer.Choice).map(a -> ((Answer.Choice) a).id())
                .ifPresent(id -> cursor = choices.indexOf(id));
    }

    @Override
    protected String chosen() {
        return choices.get(cursor);
    }

    @Override
    protected Optional<Widget.Result> other(Key key) {
        switch (key) {
            case LEFT, UP -> cursor = (cursor + choices.size() - 1) % choices.size();
            case RIGHT, DOWN, TAB, SPACE -> cursor = (cursor + 1) % choices.size();
            default -> {
                // other keys do nothing here
            }
        }
        return Optional.empty();
    }

    @Override
    protected void typedChanged() {
        super.typedChanged();
        if (typed.equalsIgnoreCase("y") || typed.equalsIgnoreCase("n")) {
            cursor = choices.indexOf(typed.equalsIgnoreCase("y") ? "yes" : "no");
        }
    }

    @Override
    protected List<AttributedString> body(int width, int height) {
        AttributedStringBuilder b = new AttributedStringBuilder().append("  ");
        for (int i = 0; i < choices.size(); i++) {
            String label = choices.get(i).isEmpty() ? "Skip" : choices.get(i).equals("yes") ? "Yes" : "No";
            b.style(i == cursor ? Text.CHOSEN.inverse() : AttributedStyle.DEFAULT).append(" " + label + " ")
                    .style(AttributedStyle.DEFAULT).append("  ");
        }
        return List.of(b.toAttributedString());
    }

    @Override
    protected String hint() {
        return "Left/Right to move, Enter to choose; or type y or n. ? help, Esc back, Ctrl-R answers so far.";
    }
}
