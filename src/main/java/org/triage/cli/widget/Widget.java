package org.triage.cli.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.triage.problem.Limits;
import org.triage.questionnaire.Input;
import org.triage.questionnaire.Question;

/**
 * A question drawn whole: where it is in the intake, the question, what the widget shows (a list, an input),
 * a note (what was wrong, the help), the keys to use, and an input line where an id or a number can be typed.
 * The keys every kind of question shares are handled here; a reply is checked before it is given, so that what
 * is left on the screen is the answer.
 */
abstract class Widget {

    protected final Question question;
    protected final Frame frame;
    protected String typed = "";
    protected Optional<String> note;
    private boolean help;

    Widget(Question question, Frame frame) {
        this.question = question;
        this.frame = frame;
        this.note = question.note();
    }

    /** The reply; empty when the terminal became too small to draw on (the question is then asked by line). */
    final Optional<Result> run() {
        while (true) {
            frame.draw(lines(), 2 + typed.length());
            Key key = frame.keys().next();
            if (key == Key.RESIZED && !frame.resize()) {
                frame.leave(List.of());
                return Optional.empty();
            }
            Optional<Result> result = key(key);
            if (result.isPresent()) {
                frame.leave(result.get().words().map(this::answered).orElse(List.of()));
                return result;
            }
        }
    }

    private Optional<Result> key(Key key) {
        return switch (key) {
            case INTERRUPT -> Optional.of(Result.cleared(new Input.Interrupt()));
            case END -> typed.isEmpty() ? Optional.of(Result.cleared(new Input.End())) : Optional.empty();
            case ANSWERS -> Optional.of(Result.cleared(new Input.AnswersSoFar()));
            case ESCAPE -> Optional.of(Result.cleared(new Input.Line("back")));
            case HELP -> {
                help = !help;
                yield Optional.empty();
            }
            case BACKSPACE, CLEAR, CHAR -> edit(key);
            case ENTER -> submit(typed.isBlank() ? chosen() : typed.trim());
            default -> other(key);
        };
    }

    /** A key that changes what is typed on the input line. */
    private Optional<Result> edit(Key key) {
        if (key == Key.CHAR) {
            String more = frame.keys().typed(); // a reply is kept no longer than the questionnaire reads one
            typed += more.substring(0, Math.min(more.length(), Math.max(0, Limits.REPLY_CHARS - typed.length())));
        } else {
            typed = key == Key.CLEAR || typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1);
        }
        typedChanged();
        return Optional.empty();
    }

    /** A reply is given only when it is an answer (or a skip, or keeps the answer so far); else it is explained. */
    protected final Optional<Result> submit(String reply) {
        String command = reply.toLowerCase(Locale.ROOT);
        if (command.equals("back")) {
            return Optional.of(Result.cleared(new Input.Line("back")));
        }
        if (command.equals("help")) {
            help = true;
            typed = "";
            return Optional.empty();
        }
        note = question.problem(reply);
        if (note.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Result(new Input.Line(reply), Optional.of(question.inWords(reply).orElse(reply))));
    }

    /** What Enter gives when nothing is typed: the option under the cursor, the ticked ones, or "" for none. */
    protected abstract String chosen();

    /** The lines between the question and the note, in at most {@code height} lines. */
    protected abstract List<AttributedString> body(int width, int height);

    /** The keys to use, in words. */
    protected abstract String hint();

    /** A key this kind of question uses. */
    protected abstract Optional<Result> other(Key key);

    /** More about what is under the cursor, such as an option's whole label when its line is cut. */
    protected List<AttributedString> detail(int width) {
        return List.of();
    }

    /** After a character is typed or deleted: a list moves its cursor to what is typed, a number is checked. */
    protected void typedChanged() {
        note = Optional.empty();
    }

    private List<AttributedString> lines() {
        int width = frame.width();
        List<AttributedString> top = new ArrayList<>();
        top.add(new AttributedString(question.place().text(), Text.DIM));
        top.addAll(Text.wrap(question.field().prompt(), width, Text.BOLD));
        question.currentInWords().ifPresent(words -> top.addAll(Text.wrap("Your answer so far: " + words
                + ". Enter keeps it.", width, Text.DIM)));
        List<AttributedString> bottom = new ArrayList<>(detail(width));
        if (help) {
            bottom.addAll(Text.wrap(question.field().help(), width, AttributedStyle.DEFAULT));
        }
        note.ifPresent(n -> bottom.addAll(Text.wrap(n, width, Text.NOTE)));
        bottom.addAll(Text.wrap(hint(), width, Text.DIM));
        bottom.add(new AttributedStringBuilder().style(Text.CHOSEN).append("> ").style(AttributedStyle.DEFAULT)
                .append(typed).toAttributedString());
        List<AttributedString> lines = new ArrayList<>(top);
        lines.addAll(body(width, Math.max(1, frame.rows() - 1 - top.size() - bottom.size())));
        lines.addAll(bottom);
        return lines;
    }

    /** What stays on the screen once the question is answered: the question and the answer in words. */
    private List<AttributedString> answered(String words) {
        String prompt = question.field().prompt();
        if (prompt.length() + 1 + words.length() > frame.width()) {
            return Text.wrap(prompt + " " + words, frame.width(), AttributedStyle.DEFAULT);
        }
        return List.of(new AttributedStringBuilder().style(Text.BOLD).append(prompt).style(AttributedStyle.DEFAULT)
                .append(" ").style(Text.ANSWER).append(words).toAttributedString());
    }

    /** What a question came to, and the answer in words to leave on the screen (none for back, quit and the like). */
    record Result(Input input, Optional<String> words) {
        static Result cleared(Input input) {
            return new Result(input, Optional.empty());
        }
    }
}
