package org.triage.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.triage.report.Style;
import org.triage.rules.Answers;
import org.triage.rules.Field;

/** The numbered review of all answers before the result, where one answer at a time can be changed. */
final class Review {

    static final String PROMPT = "Press Enter to see the result, or type edit N to change answer N: ";

    /** What the person chose in the review. */
    sealed interface Step {
        record Done() implements Step {
        }

        record Edit(Field field) implements Step {
        }

        record Interrupted() implements Step {
        }

        record Ended() implements Step {
        }
    }

    private final Prompter prompter;
    private final Style style;
    private final Mode mode;

    Review(Prompter prompter, Style style, Mode mode) {
        this.prompter = prompter;
        this.style = style;
        this.mode = mode;
    }

    /** Shows every question that was answered or skipped, in the order asked, and reads the choice. */
    Step show(List<Field> order, Answers answers, Set<String> skipped) {
        List<Field> shown = shown(order, answers, skipped);
        prompter.say(String.join(System.lineSeparator(), lines("Please check your answers:", shown, answers)));
        return choose(shown);
    }

    /** Shows the answers given so far, as the review does, with no choice to make: the question comes back. */
    void sayAnswersSoFar(List<Field> order, Answers answers, Set<String> skipped) {
        List<Field> shown = shown(order, answers, skipped);
        prompter.say(shown.isEmpty() ? System.lineSeparator() + "No answers yet."
                : String.join(System.lineSeparator(), lines("Your answers so far:", shown, answers)));
    }

    private static List<Field> shown(List<Field> order, Answers answers, Set<String> skipped) {
        return order.stream().filter(f -> answers.has(f.id()) || skipped.contains(f.id())).toList();
    }

    private List<String> lines(String heading, List<Field> shown, Answers answers) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(style.bold(heading));
        for (int i = 0; i < shown.size(); i++) {
            Field f = shown.get(i);
            String answer = answers.get(f.id()).map(a -> Questions.describe(f, a)).orElse("(skipped)");
            lines.add(mode == Mode.ACCESSIBLE
                    ? "Answer " + (i + 1) + " of " + shown.size() + ": " + f.prompt() + " " + answer
                    : String.format(Locale.ROOT, "%3d. %s%n     %s", i + 1, f.prompt(), answer));
        }
        return lines;
    }

    private Step choose(List<Field> shown) {
        while (true) {
            Input input = prompter.read(PROMPT, List.of("edit"));
            if (input instanceof Input.End) {
                return new Step.Ended();
            }
            if (input instanceof Input.Interrupt) {
                return new Step.Interrupted();
            }
            if (input instanceof Input.TooLong) {
                prompter.say(style.yellow(Input.TooLong.SAID));
                continue;
            }
            String text = ((Input.Line) input).text().trim().toLowerCase(Locale.ROOT);
            if (text.isEmpty() || text.equals("done")) {
                return new Step.Done();
            }
            String number = text.replaceFirst("^edit\\s*", "");
            if (number.matches("\\d{1,4}") && Integer.parseInt(number) >= 1 && Integer.parseInt(number) <= shown.size()) {
                return new Step.Edit(shown.get(Integer.parseInt(number) - 1));
            }
            prompter.say(style.yellow("Type edit and the number of an answer, from 1 to " + shown.size()
                    + " (for example: edit 2), or press Enter to see the result."));
        }
    }
}
