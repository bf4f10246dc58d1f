package org.triage.cli.widget;

import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.triage.questionnaire.Question;

/** A number with its range shown and checked as it is typed; or a few words. */
final class TypedWidget extends Widget {

    TypedWidget(Question question, Frame frame) {
        super(question, frame);
    }

    @Override
    protected String chosen() {
        return "";
    }

    @Override
    protected Optional<Widget.Result> other(Key key) {
        if (key == Key.SPACE) {
            typed += " ";
        }
        return Optional.empty();
    }

    @Override
    protected void typedChanged() {
        super.typedChanged();
        if (numeric() && !typed.isBlank()) {
            note = question.problem(typed);
        }
    }

    private boolean numeric() {
        return question.field().type().isNumeric();
    }

    @Override
    protected List<AttributedString> body(int width, int height) {
        String what = switch (question.field().type()) {
            case INTEGER -> "A whole number from " + question.field().range();
            case NUMBER -> "A number from " + question.field().range();
            default -> "A few words";
        };
        return Text.wrap(what + (question.required() || question.current().isPresent() ? ""
                : "; Enter with nothing typed skips"), width, Text.ANSWER);
    }

    @Override
    protected String hint() {
        return "Type, then Enter. ? help, Esc back, Ctrl-R answers so far.";
    }
}
