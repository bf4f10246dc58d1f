package org.triage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/**
 * Turns raw answers (a CSV cell, a {@code -a field=value}, a value in an answers file) into checked
 * {@link Answer}s. Ids are case-insensitive; an empty value means "not answered".
 * Error messages name the field and the expected values, never other answers (they are health data).
 */
public final class AnswerReader {

    private final Problems problems;

    public AnswerReader(Problems problems) {
        this.problems = problems;
    }

    /** Reads a text value; multi-values are separated by {@code ;}. */
    public Optional<Answer> fromText(Field field, String raw, Location at) {
        if (raw != null && raw.length() > Limits.VALUE_CHARS) {
            problems.add(Limits.valueTooLong(at, field.id()));
            return Optional.empty();
        }
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (field.type()) {
            case TEXT -> Optional.of(new Answer.Text(text));
            case SINGLE, YES_NO -> choice(field, text, at).map(Answer.Choice::new);
            case MULTI -> choices(field, java.util.Arrays.asList(text.split(";")), at);
            case INTEGER, NUMBER -> number(field, text, at);
        };
    }

    /** Reads a value of an answers file (YAML or JSON). */
    public Optional<Answer> fromNode(Field field, Node node) {
        if (node instanceof Node.Scalar s) {
            if (s.text() == null) {
                return Optional.empty();
            }
            if (s.text().length() > Limits.VALUE_CHARS) {
                problems.add(Limits.valueTooLong(s.location(), field.id()));
                return Optional.empty();
            }
            if (field.type() == FieldType.MULTI) {
                return choices(field, List.of(s.text()), s.location());
            }
            return fromText(field, s.text(), s.location());
        }
        if (node instanceof Node.ListNode l && field.type() == FieldType.MULTI) {
            List<String> items = new ArrayList<>();
            for (Node item : l.items()) {
                if (item instanceof Node.Scalar s && s.text() != null && s.text().length() > Limits.VALUE_CHARS) {
                    problems.add(Limits.valueTooLong(s.location(), field.id()));
                } else if (item instanceof Node.Scalar s && s.text() != null) {
                    items.add(s.text());
                } else {
                    problems.error(item.location(), field.id() + ": expected a value id, found " + item.kind(),
                            "write one value id per list item, e.g. [" + String.join(", ", firstIds(field)) + "]");
                }
            }
            return items.isEmpty() ? Optional.empty() : choices(field, items, l.location());
        }
        String expected = field.type() == FieldType.MULTI ? "a list of values" : "a single value";
        problems.error(node.location(), field.id() + ": expected " + expected + ", found " + node.kind(),
                "write " + field.id() + ": " + example(field));
        return Optional.empty();
    }

    private Optional<String> choice(Field field, String text, Location at) {
        String id = normalise(field, text);
        Optional<Option> option = field.option(id);
        if (option.isPresent()) {
            return Optional.of(option.get().id());
        }
        String separator = field.type() == FieldType.MULTI && text.contains(",")
                ? "separate several values with ';', not ','; " : "";
        problems.error(at, "unknown value '" + Limits.excerpt(text) + "' for " + field.id() + "." + Suggest.didYouMean(id, field.optionIds()),
                separator + "use one of: " + String.join(", ", field.optionIds()));
        return Optional.empty();
    }

    private Optional<Answer> choices(Field field, List<String> raw, Location at) {
        List<String> chosen = new ArrayList<>(4); // a few values: a list is cheaper than a set here
        boolean ok = true;
        for (String part : raw) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> id = choice(field, part.trim(), at);
            ok &= id.isPresent();
            id.filter(x -> !chosen.contains(x)).ifPresent(chosen::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        for (Option o : field.options()) {
            if (o.exclusive() && chosen.contains(o.id()) && chosen.size() > 1) {
                problems.error(at, field.id() + ": '" + o.id() + "' cannot be combined with other values",
                        "give either '" + o.id() + "' alone or the values that apply");
                return Optional.empty();
            }
        }
        List<String> ordered = new ArrayList<>(chosen.size());
        for (Option o : field.options()) {
            if (chosen.contains(o.id())) {
                ordered.add(o.id());
            }
        }
        return Optional.of(new Answer.Choices(ordered));
    }

    private Optional<Answer> number(Field field, String text, Location at) {
        double value;
        try {
            if (!isPlainNumber(text)) {
                throw new NumberFormatException(text);
            }
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problems.error(at, field.id() + ": '" + Limits.excerpt(text) + "' is not a number",
                    "write a " + (field.type() == FieldType.INTEGER ? "whole number" : "number") + " from " + field.range());
            return Optional.empty();
        }
        if (field.type() == FieldType.INTEGER && value != Math.rint(value)) {
            problems.error(at, field.id() + ": '" + Limits.excerpt(text) + "' is not a whole number",
                    "write a whole number from " + field.range());
            return Optional.empty();
        }
        if (Double.isNaN(value) || value < field.min() || value > field.max()) {
            problems.error(at, field.id() + ": " + Limits.excerpt(text) + " is out of range",
                    "write a number from " + field.range());
            return Optional.empty();
        }
        return Optional.of(new Answer.Num(value));
    }

    /** A decimal number as people write it (the same as {@link NodeReader#PLAIN_NUMBER}, without a regex). */
    static boolean isPlainNumber(String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** Words read as yes, and as no, where a field has both options. */
    private static final java.util.Map<String, String> YES_NO_WORDS = java.util.Map.of(
            "true", "yes", "y", "yes", "false", "no", "n", "no");

    /**
     * Whether {@code word} is read as yes or no on this field rather than as an option of that id (a reader that
     * matches option ids on its own must leave these to this one).
     */
    public static boolean readsAsYesOrNo(Field field, String word) {
        return YES_NO_WORDS.containsKey(word) && field.option("yes").isPresent() && field.option("no").isPresent();
    }

    /** Lower-cases ids and accepts true/false and y/n where the options are yes and no. */
    private static String normalise(Field field, String text) {
        String id = text.toLowerCase(Locale.ROOT);
        return readsAsYesOrNo(field, id) ? YES_NO_WORDS.get(id) : id;
    }

    private static List<String> firstIds(Field field) {
        return field.optionIds().stream().limit(2).toList();
    }

    private static String example(Field field) {
        return switch (field.type()) {
            case MULTI -> "[" + String.join(", ", firstIds(field)) + "]";
            case SINGLE, YES_NO -> field.optionIds().get(0);
            case INTEGER, NUMBER -> "a number from " + field.range();
            case TEXT -> "some text";
        };
    }
}
