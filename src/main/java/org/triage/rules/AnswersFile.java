package org.triage.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.TreeReader;

/** Reads an answers file: a YAML or JSON mapping from field id to value. */
public final class AnswersFile {

    /**
     * The first line of an answers file that triage saved: such a file ends with {@code # end: N answers}, so that
     * one cut short (a full disk, a copy stopped half-way) is told from a whole one and never read as fewer answers.
     */
    public static final String SAVED_WHOLE = "# triage answers, saved whole: field id: value (see rules/questions.yaml)";

    private static final java.util.regex.Pattern END = java.util.regex.Pattern.compile("# end: (\\d{1,9}) answers?");

    private AnswersFile() {
    }

    public static Answers read(String file, String text, Questionnaire questionnaire, Problems problems) {
        int saved = savedByTriage(text) ? savedCount(file, text, problems) : -1;
        if (saved == -2) {
            return Answers.NONE;
        }
        Optional<Node> tree = TreeReader.read(file, text, problems);
        if (saved >= 0 && !problems.hasErrors()) {
            int lines = tree.map(t -> t instanceof Node.MapNode m ? m.entries().size() : 1).orElse(0);
            if (lines != saved) {
                problems.error(Location.of(file, 1), "this file was saved with " + saved + " answers and holds " + lines
                        + " now", "restore the file as it was saved, or answer the questions again: triage ask --save "
                        + file + " (a saved answers file is not edited by hand; remove its first line to make it yours)");
                return Answers.NONE;
            }
            if (lines == 0) {
                return Answers.NONE;
            }
        }
        if (tree.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Location.of(file), "the answers file is empty",
                        "write one 'field_id: value' line per answer, e.g. 'red_flags: [none]'");
            }
            return Answers.NONE;
        }
        return fromNode(tree.get(), questionnaire, problems);
    }

    /** Whether {@code text} starts with the {@link #SAVED_WHOLE} line, or with part of it when cut in it. */
    private static boolean savedByTriage(String text) {
        String start = text.stripTrailing();
        return text.startsWith(SAVED_WHOLE) || start.length() >= "# triage".length() && SAVED_WHOLE.startsWith(start);
    }

    /**
     * The count of answers of the end line of a file triage saved, or -2 when the end line is missing: the file was
     * cut short, and none of it is read.
     */
    private static int savedCount(String file, String text, Problems problems) {
        String[] lines = text.split("\\R", -1);
        int last = lines.length - 1;
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        java.util.regex.Matcher end = END.matcher(lines[last].strip());
        if (!end.matches()) {
            problems.error(Location.of(file, last + 1), "the answers file was cut short after line " + (last + 1)
                    + ": triage saved it whole, ending with '# end: N answers', and that line is missing; nothing was read from it",
                    "restore the file as it was saved, or answer the questions again: triage ask --save " + file);
            return -2;
        }
        return Integer.parseInt(end.group(1));
    }

    /** The answers of a mapping node (also used by the rule set's cases). */
    public static Answers fromNode(Node node, Questionnaire questionnaire, Problems problems) {
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.location(), "expected the answers as a mapping from field id to value, found " + node.kind(),
                    "write one 'field_id: value' line per answer, e.g. 'red_flags: [none]'");
            return Answers.NONE;
        }
        AnswerReader reader = new AnswerReader(problems);
        Map<String, Answer> values = new HashMap<>();
        Map<String, Location> seen = new HashMap<>();
        for (Node.Entry e : map.entries().values()) {
            String id = e.key().toLowerCase(Locale.ROOT).trim();
            Optional<Field> field = questionnaire.field(id);
            if (field.isEmpty()) {
                problems.error(e.keyLocation(), "unknown field '" + Limits.excerpt(e.key()) + "'." + Suggest.didYouMean(id, questionnaire.ids()),
                        "use one of the field ids: " + String.join(", ", questionnaire.ids()));
                continue;
            }
            Location earlier = seen.putIfAbsent(id, e.keyLocation());
            if (earlier != null) {
                problems.error(e.keyLocation(), "field '" + id + "' is answered twice (also at line " + earlier.line() + ")",
                        "keep one answer for " + id);
                continue;
            }
            reader.fromNode(field.get(), e.value()).ifPresent(a -> values.put(id, a));
        }
        return inQuestionOrder(values, questionnaire);
    }

    /**
     * The answers as a YAML answers file that {@link #read} accepts: the {@link #SAVED_WHOLE} line, one
     * {@code field_id: value} line per answer, in question order (ids and text quoted, lists for multi-choice
     * fields), and {@code # end: N answers}.
     */
    public static String write(Answers answers, Questionnaire questionnaire) {
        StringBuilder out = new StringBuilder(SAVED_WHOLE).append('\n');
        Map<String, Answer> ordered = inQuestionOrder(answers.values(), questionnaire).values();
        for (Map.Entry<String, Answer> e : ordered.entrySet()) {
            out.append(e.getKey()).append(": ").append(yaml(e.getValue())).append('\n');
        }
        return out.append("# end: ").append(ordered.size()).append(ordered.size() == 1 ? " answer" : " answers")
                .append('\n').toString();
    }

    private static String yaml(Answer answer) {
        if (answer instanceof Answer.Choices c) {
            return "[" + String.join(", ", c.ids().stream().map(AnswersFile::quoted).toList()) + "]";
        }
        return answer instanceof Answer.Num n ? n.display() : quoted(answer.display());
    }

    /** A YAML double-quoted scalar; control characters are escaped so that the file stays one line per answer. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Orders answers as the questionnaire does, so that output is stable. */
    public static Answers inQuestionOrder(Map<String, Answer> values, Questionnaire questionnaire) {
        Map<String, Answer> ordered = new LinkedHashMap<>(2 * values.size() + 2);
        for (String id : questionnaire.ids()) {
            if (values.containsKey(id)) {
                ordered.put(id, values.get(id));
            }
        }
        return Answers.owning(ordered);
    }
}
