package org.triage.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.problem.Problems;
import org.triage.report.Style;
import org.triage.rules.Answer;
import org.triage.rules.AnswerReader;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Option;

/** How a question is shown and how a typed reply becomes an answer. */
final class Questions {

    private static final Location TYPED = Location.of("answer");

    private Questions() {
    }

    /** The question, its numbered options and a line saying how to answer. */
    static String render(Field field, boolean required, Style style, Mode mode) {
        List<String> lines = new ArrayList<>();
        lines.add(style.bold(field.prompt()));
        if (field.type() == FieldType.SINGLE || field.type() == FieldType.MULTI) {
            List<Option> options = field.options();
            for (int i = 0; i < options.size(); i++) {
                Option o = options.get(i);
                lines.add(mode == Mode.ACCESSIBLE
                        ? "Option " + (i + 1) + " of " + options.size() + ": " + o.id() + ": " + o.label()
                        : "  " + (i + 1) + ") " + o.label() + " [" + o.id() + "]");
            }
        }
        if (mode == Mode.ACCESSIBLE) {
            lines.add(how(field) + " Type ? for help, or back to go back."
                    + (required ? " This question needs an answer." : " You may skip it."));
        } else {
            lines.add(style.dim(how(field) + " Type ? for help, back to go back"
                    + (required ? "; this question needs an answer." : ", or press Enter to skip.")));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** The input line's prompt; in accessible mode it ends with what to type. */
    static String prompt(Field field, boolean required, Mode mode) {
        if (mode == Mode.STANDARD) {
            return "> ";
        }
        int n = field.options().size();
        String expected = switch (field.type()) {
            case SINGLE -> "Type a number from 1 to " + n;
            case MULTI -> "Type one or more numbers from 1 to " + n + ", separated by commas";
            case YES_NO -> "Type yes or no";
            case INTEGER, NUMBER -> "Type a number from " + field.range();
            case TEXT -> "Type your answer";
        };
        return expected + (required ? ": " : ", or press Enter to skip: ");
    }

    private static String how(Field field) {
        return switch (field.type()) {
            case SINGLE -> "Answer with one number or id.";
            case MULTI -> "Answer with one or more numbers or ids, separated by commas or spaces.";
            case YES_NO -> "Answer yes or no (y or n).";
            case INTEGER -> "Answer with a whole number from " + field.range() + ".";
            case NUMBER -> "Answer with a number from " + field.range() + ".";
            case TEXT -> "Answer in a few words.";
        };
    }

    /** Reads a non-empty reply: numbers stand for options, ids are case-insensitive. */
    static Parsed parse(Field field, String reply) {
        String text = reply.trim();
        if (field.type() == FieldType.YES_NO && !text.matches("(?i)y|n|yes|no")) {
            return new Parsed.Invalid("'" + text + "' is not yes or no. Type yes or no (y or n).");
        }
        if (field.type() == FieldType.SINGLE) {
            text = optionId(field, text);
        } else if (field.type() == FieldType.MULTI) {
            List<String> ids = new ArrayList<>();
            for (String part : text.split("[,;\\s]+")) {
                ids.add(optionId(field, part));
            }
            text = String.join(";", ids);
        }
        Problems problems = new Problems();
        Optional<Answer> answer = new AnswerReader(problems).fromText(field, text, TYPED);
        if (answer.isPresent()) {
            return new Parsed.Ok(answer.get());
        }
        Problem p = problems.inOrder().isEmpty() ? null : problems.inOrder().get(0);
        return new Parsed.Invalid(p == null ? "Please give an answer." : explain(field, p));
    }

    private static String explain(Field field, Problem p) {
        String fix = p.fix().isEmpty() ? "" : " Please " + p.fix() + ".";
        if (field.type().isChoice() && field.type() != FieldType.YES_NO) {
            fix = fix + " You can also type an option's number, 1 to " + field.options().size() + ".";
        }
        String message = p.message().replaceFirst("^" + field.id() + ": ", "");
        return message + (message.matches(".*[.?!]$") ? "" : ".") + fix;
    }

    /** A number from 1 to the number of options stands for that option; anything else is left as typed. */
    private static String optionId(Field field, String part) {
        if (part.matches("\\d{1,3}")) {
            int n = Integer.parseInt(part);
            if (n >= 1 && n <= field.options().size()) {
                return field.options().get(n - 1).id();
            }
        }
        return part;
    }

    /** An answer in words, for the review: option labels rather than ids. */
    static String describe(Field field, Answer answer) {
        if (answer instanceof Answer.Choice c) {
            return field.option(c.id()).map(Option::label).orElse(c.id());
        }
        if (answer instanceof Answer.Choices cs) {
            return String.join("; ", cs.ids().stream().map(id -> field.option(id).map(Option::label).orElse(id)).toList());
        }
        return answer.display();
    }
}
