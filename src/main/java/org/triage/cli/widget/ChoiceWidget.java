package org.triage.cli.widget;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.triage.questionnaire.Question;
import org.triage.rules.Answer;
import org.triage.rules.FieldType;
import org.triage.rules.Option;

/**
 * A single choice as a list moved through with the arrow keys (Enter picks), a multiple choice as checkboxes
 * (Space ticks, Enter confirms). Typing still works as in line mode: a number or an id moves the cursor to it,
 * Tab completes an id, and Enter gives what was typed.
 */
final class ChoiceWidget extends Widget {

    /**
     * The pseudo-option of a single choice that needs no answer: choosing it skips the question. It comes first
     * and the cursor starts on it, so that Enter alone skips, as in line mode, rather than giving an answer
     * (such as agreeing to needles) that the person did not choose.
     */
    private static final Option SKIP = new Option("", "Skip this question", false);

    private final boolean multi;
    private final List<Option> items = new ArrayList<>();
    private final Set<String> ticked = new LinkedHashSet<>();
    /** 1 when the list starts with {@link #SKIP}: the options' numbers are then one less than their places. */
    private final int offset;
    /** The cursor of a required single choice before the person has moved to an option. */
    private static final int NONE = -1;

    private int cursor;
    private int first;

    ChoiceWidget(Question question, Frame frame) {
        super(question, frame);
        this.multi = question.field().type() == FieldType.MULTI;
        this.offset = !multi && !question.required() ? 1 : 0;
        if (offset == 1) {
            items.add(SKIP);
        }
        items.addAll(question.field().options());
        // a required single choice starts on nothing, so that Enter alone never gives its first option (such as
        // the client's own consent): the person moves to an answer, or types one
        this.cursor = !multi && question.required() ? NONE : 0;
        question.current().ifPresent(this::start);
    }

    private void start(Answer current) {
        if (current instanceof Answer.Choice c) {
            cursor = Math.max(0, question.field().optionIndex(c.id()) + offset);
        } else if (current instanceof Answer.Choices cs && !cs.ids().isEmpty()) {
            ticked.addAll(cs.ids());
            cursor = Math.max(0, question.field().optionIndex(cs.ids().get(0)));
        }
    }

    @Override
    protected String chosen() {
        if (!multi) {
            return cursor == NONE ? "" : items.get(cursor).id();
        }
        // in the options' order, whatever order they were ticked in
        return String.join(" ", items.stream().map(Option::id).filter(ticked::contains).toList());
    }

    @Override
    protected Optional<Widget.Result> other(Key key) {
        switch (key) {
            case UP -> cursor = cursor == NONE ? items.size() - 1 : (cursor + items.size() - 1) % items.size();
            case DOWN -> cursor = (cursor + 1) % items.size();
            case SPACE -> space();
            case TAB -> complete();
            default -> {
                // other keys do nothing here
            }
        }
        return Optional.empty();
    }

    private void space() {
        if (!typed.isEmpty()) {
            typed += " ";
        } else if (multi) {
            Option o = items.get(cursor);
            if (!ticked.remove(o.id())) {
                // an exclusive option such as "None of these" stands alone
                ticked.removeIf(id -> o.exclusive() || question.field().option(id).filter(Option::exclusive).isPresent());
                ticked.add(o.id());
            }
            note = Optional.empty();
        }
    }

    /** Tab: the id being typed completed, or as far as the ids that fit agree, which are then listed. */
    private void complete() {
        String word = lastWord();
        List<String> fits = question.field().optionIds().stream()
                .filter(id -> id.startsWith(word.toLowerCase(Locale.ROOT))).toList();
        if (fits.isEmpty()) {
            return;
        }
        String common = fits.get(0);
        for (String id : fits) {
            while (!id.startsWith(common)) {
                common = common.substring(0, common.length() - 1);
            }
        }
        typed = typed.substring(0, typed.length() - word.length()) + common + (fits.size() == 1 && multi ? " " : "");
        note = fits.size() == 1 ? Optional.empty() : Optional.of("Tab: " + String.join(", ", fits));
        follow(common);
    }

    private String lastWord() {
        String[] words = typed.split("[,;\\s]+", -1);
        return words[words.length - 1];
    }

    @Override
    protected void typedChanged() {
        super.typedChanged();
        follow(lastWord());
    }

    /** Moves the cursor to the option a typed number or the start of a typed id names. */
    private void follow(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= question.field().options().size()) {
            cursor = Integer.parseInt(w) - 1 + offset;
            return;
        }
        for (int i = offset; !w.isEmpty() && i < items.size(); i++) {
            if (items.get(i).id().startsWith(w)) {
                cursor = i;
                return;
            }
        }
    }

    @Override
    protected List<AttributedString> body(int width, int height) {
        boolean clipped = items.size() > height;
        int shown = clipped ? Math.max(1, height - 1) : items.size();
        int at = Math.max(cursor, 0);
        first = Math.min(Math.max(first, at - shown + 1), at);
        List<AttributedString> lines = new ArrayList<>();
        for (int i = first; i < first + shown && i < items.size(); i++) {
            lines.add(Frame.cut(new AttributedString(line(i), i == cursor ? Text.CHOSEN : AttributedStyle.DEFAULT),
                    width));
        }
        if (clipped) {
            lines.add(new AttributedString("  (" + first + " more above, " + (items.size() - first - shown)
                    + " more below)", Text.DIM));
        }
        return lines;
    }

    private String line(int i) {
        Option o = items.get(i);
        String box = multi ? (ticked.contains(o.id()) ? "[x] " : "[ ] ") : "";
        String number = o == SKIP ? "" : (i + 1 - offset) + ") ";
        return (i == cursor ? "> " : "  ") + box + number + o.label();
    }

    @Override
    protected List<AttributedString> detail(int width) {
        if (cursor == NONE) {
            return List.of();
        }
        String line = line(cursor);
        return line.length() <= width ? List.of() : Text.wrap(items.get(cursor).label(), width, Text.DIM);
    }

    @Override
    protected String hint() {
        String keys = multi ? "Up/Down to move, Space to tick, Enter when done" : "Up/Down to move, Enter to choose";
        String skip = multi && !question.required() ? " (nothing ticked skips)" : "";
        return keys + skip + "; or type " + (multi ? "numbers or ids" : "a number or an id")
                + " (Tab completes). ? help, Esc back, Ctrl-R answers so far.";
    }
}
