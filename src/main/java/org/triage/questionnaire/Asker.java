package org.triage.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.triage.report.Style;
import org.triage.rules.Answer;
import org.triage.rules.Field;
import org.triage.rules.FieldType;

/**
 * Asks one question until the reply is a valid answer, a skip, {@code back}, Ctrl-C, the end of input or, where
 * the question is drawn whole, a wish to see the answers so far.
 */
final class Asker {

    static final String NEEDS_ANSWER =
            "This question needs an answer before a result can be given (\"none\" is an answer).";

    private final Prompter prompter;
    private final Style style;
    private final Mode mode;

    Asker(Prompter prompter, Style style, Mode mode) {
        this.prompter = prompter;
        this.style = style;
        this.mode = mode;
    }

    /**
     * Asks a question that may already have an answer ({@code current}), which Enter keeps. A prompter that
     * draws questions whole is asked first; told what was wrong with a reply, it draws the question again.
     */
    Reply ask(Field field, boolean required, Optional<Answer> current, Place place) {
        Optional<String> note = Optional.empty();
        while (true) {
            Optional<Input> drawn = prompter.ask(new Question(field, required, current, place, note));
            if (drawn.isEmpty()) {
                return byLine(field, required, current);
            }
            if (drawn.get() instanceof Input.AnswersSoFar) {
                return new Reply.AnswersSoFar();
            }
            List<String> told = new ArrayList<>();
            Optional<Reply> reply = reply(field, required, current, drawn.get(), told::add);
            if (reply.isPresent()) {
                return reply.get();
            }
            note = Optional.of(String.join(System.lineSeparator(), told));
        }
    }

    /** The question shown, then one line read at a time until a reply: the line mode. */
    private Reply byLine(Field field, boolean required, Optional<Answer> current) {
        prompter.say(Questions.render(field, required, style, mode));
        current.ifPresent(a -> prompter.say("Your answer so far: " + Questions.describe(field, a)
                + ". Press Enter to keep it, or type a new answer."));
        String prompt = Questions.prompt(field, required || current.isPresent(), mode);
        while (true) {
            Optional<Reply> reply = reply(field, required, current, prompter.read(prompt, completions(field)),
                    prompter::say);
            if (reply.isPresent()) {
                return reply.get();
            }
        }
    }

    /** What the input means for the question; empty, after telling the person why, when it is asked again. */
    private Optional<Reply> reply(Field field, boolean required, Optional<Answer> current, Input input,
                                  Consumer<String> tell) {
        if (input instanceof Input.End) {
            return Optional.of(new Reply.Ended());
        }
        if (input instanceof Input.Interrupt) {
            return Optional.of(new Reply.Interrupted());
        }
        if (input instanceof Input.TooLong) {
            tell.accept(style.yellow(Input.TooLong.SAID));
            return Optional.empty();
        }
        String text = ((Input.Line) input).text().trim();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "?", "help" -> tell.accept(field.help());
            case "back" -> {
                return Optional.of(new Reply.Back());
            }
            case "" -> {
                if (current.isPresent()) {
                    return Optional.of(new Reply.Given(current.get()));
                }
                if (!required) {
                    return Optional.of(new Reply.Skipped());
                }
                tell.accept(NEEDS_ANSWER);
            }
            default -> {
                Parsed parsed = Questions.parse(field, text);
                if (parsed instanceof Parsed.Ok ok) {
                    return Optional.of(new Reply.Given(ok.answer()));
                }
                tell.accept(style.yellow(((Parsed.Invalid) parsed).message()));
            }
        }
        return Optional.empty();
    }

    /** Asks a yes/no question of the program itself (not an intake field); Ctrl-C or the end of input mean yes. */
    boolean confirm(String question) {
        while (true) {
            Input input = prompter.read(question + (mode == Mode.ACCESSIBLE ? " Type yes or no: " : " (y/n) "),
                    List.of("yes", "no"));
            if (input instanceof Input.TooLong) {
                prompter.say("Please type yes or no.");
                continue;
            }
            if (!(input instanceof Input.Line line)) {
                return true;
            }
            String text = line.text().trim().toLowerCase(Locale.ROOT);
            if (text.matches("y|yes")) {
                return true;
            }
            if (text.matches("n|no")) {
                return false;
            }
            prompter.say("Please type yes or no.");
        }
    }

    private static List<String> completions(Field field) {
        return field.type() == FieldType.TEXT || field.type().isNumeric() ? List.of() : field.optionIds();
    }
}
