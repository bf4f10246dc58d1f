package org.triage.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triage.report.Style;
import org.triage.rules.Answer;
import org.triage.rules.Field;
import org.triage.rules.FieldType;

/** Asks one question until the reply is a valid answer, a skip, {@code back}, Ctrl-C or the end of input. */
final class Asker {

    private final Prompter prompter;
    private final Style style;
    private final Mode mode;

    Asker(Prompter prompter, Style style, Mode mode) {
        this.prompter = prompter;
        this.style = style;
        this.mode = mode;
    }

    Reply ask(Field field, boolean required) {
        return ask(field, required, Optional.empty());
    }

    /** Asks a question that may already have an answer ({@code current}): it is shown, and Enter keeps it. */
    Reply ask(Field field, boolean required, Optional<Answer> current) {
        prompter.say(Questions.render(field, required, style, mode));
        current.ifPresent(a -> prompter.say("Your answer so far: " + Questions.describe(field, a)
                + ". Press Enter to keep it, or type a new answer."));
        String prompt = Questions.prompt(field, required || current.isPresent(), mode);
        while (true) {
            Input input = prompter.read(prompt, completions(field));
            if (input instanceof Input.End) {
                return new Reply.Ended();
            }
            if (input instanceof Input.Interrupt) {
                return new Reply.Interrupted();
            }
            String text = ((Input.Line) input).text().trim();
            switch (text.toLowerCase(Locale.ROOT)) {
                case "?", "help" -> prompter.say(field.help());
                case "back" -> {
                    return new Reply.Back();
                }
                case "" -> {
                    if (current.isPresent()) {
                        return new Reply.Given(current.get());
                    }
                    if (!required) {
                        return new Reply.Skipped();
                    }
                    prompter.say("This question needs an answer before a result can be given (\"none\" is an answer).");
                }
                default -> {
                    Parsed parsed = Questions.parse(field, text);
                    if (parsed instanceof Parsed.Ok ok) {
                        return new Reply.Given(ok.answer());
                    }
                    prompter.say(style.yellow(((Parsed.Invalid) parsed).message()));
                }
            }
        }
    }

    /** Asks a yes/no question of the program itself (not an intake field); Ctrl-C or the end of input mean yes. */
    boolean confirm(String question) {
        while (true) {
            Input input = prompter.read(question + (mode == Mode.ACCESSIBLE ? " Type yes or no: " : " (y/n) "),
                    List.of("yes", "no"));
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
