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

    private AnswersFile() {
    }

    public static Answers read(String file, String text, Questionnaire questionnaire, Problems problems) {
        Optional<Node> tree = TreeReader.read(file, text, problems);
        if (tree.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Location.of(file), "the answers file is empty",
                        "write one 'field_id: value' line per answer, e.g. 'red_flags: [none]'");
            }
            return Answers.NONE;
        }
        return fromNode(tree.get(), questionnaire, problems);
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
     * The answers as a YAML answers file that {@link #read} accepts: one {@code field_id: value} line per
     * answer, in question order; ids and text quoted, lists for multi-choice fields.
     */
    public static String write(Answers answers, Questionnaire questionnaire) {
        StringBuilder out = new StringBuilder("# triage answers: field id: value (see rules/questions.yaml)\n");
        for (Map.Entry<String, Answer> e : inQuestionOrder(answers.values(), questionnaire).values().entrySet()) {
            out.append(e.getKey()).append(": ").append(yaml(e.getValue())).append('\n');
        }
        return out.toString();
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
