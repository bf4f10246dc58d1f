package org.triage.fhir;

import java.util.List;
import java.util.Optional;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.tree.Node;

/**
 * One entry of an item's {@code answer} list as the text of a triage answer: a coding's code, a boolean as yes or
 * no, a number as written. The value's type must be the one the Questionnaire gives the question, and a coding
 * must be of the rule set's code system.
 */
final class Values {

    private final Field field;
    private final Problems problems;
    private final String options;
    /** The rule set's version, and whether a coding of another version is a warning rather than an error. */
    private final String version;
    private final boolean anyVersion;

    Values(Field field, String options, String version, boolean anyVersion, Problems problems) {
        this.field = field;
        this.options = options;
        this.version = version;
        this.anyVersion = anyVersion;
        this.problems = problems;
    }

    /** The types of value the field takes, the first the one the exported Questionnaire asks for. */
    static List<String> accepted(FieldType type) {
        return switch (type) {
            case SINGLE, MULTI -> List.of("valueCoding");
            case YES_NO -> List.of("valueBoolean", "valueCoding");
            case INTEGER -> List.of("valueInteger");
            case NUMBER -> List.of("valueDecimal", "valueInteger");
            case TEXT -> List.of("valueString");
        };
    }

    /** An answer as JSON, for a fix. */
    static String example(Field field, String options) {
        return switch (field.type()) {
            case SINGLE, MULTI -> "{\"valueCoding\": {\"system\": \"" + options + "\", \"code\": \""
                    + field.optionIds().get(0) + "\"}}";
            case YES_NO -> "{\"valueBoolean\": true}";
            case INTEGER -> "{\"valueInteger\": " + (long) field.min() + "}";
            case NUMBER -> "{\"valueDecimal\": " + EnableWhen.decimal(field.min()) + "}";
            case TEXT -> "{\"valueString\": \"...\"}";
        };
    }

    Optional<String> of(Node answer) {
        if (!(answer instanceof Node.MapNode map)) {
            return fail(answer, "an answer must be an object, found " + answer.kind());
        }
        if (!ResponseReader.elements(map, ResponseReader.ANSWER_ELEMENTS, "an answer of linkId '" + field.id() + "'",
                problems)) {
            return Optional.empty();
        }
        List<Node.Entry> given = map.entries().values().stream().filter(e -> e.key().startsWith("value")).toList();
        if (given.isEmpty()) {
            return fail(answer, "the answer has no value");
        }
        if (given.size() > 1) {
            problems.error(given.get(1).keyLocation(), "linkId '" + field.id() + "': an answer has one value, found "
                    + given.stream().map(Node.Entry::key).collect(java.util.stream.Collectors.joining(" and ")),
                    "give each value an answer of its own: \"answer\": [" + example(field, options) + ", ...]");
            return Optional.empty();
        }
        Node.Entry value = given.get(0);
        List<String> accepted = accepted(field.type());
        if (!accepted.contains(value.key())) {
            problems.error(value.keyLocation(), "linkId '" + field.id() + "': expected " + String.join(" or ", accepted)
                    + " (the question is " + field.type().id() + "), found " + value.key(), "write \"answer\": [" + example(field, options) + "]");
            return Optional.empty();
        }
        Node v = value.value();
        return switch (value.key()) {
            case "valueCoding" -> coding(v);
            case "valueBoolean" -> v instanceof Node.Scalar s && s.type() == Node.ScalarType.BOOLEAN
                    ? Optional.of(s.text().equals("true") ? "yes" : "no") : fail(v, "expected true or false, found " + v.kind());
            case "valueInteger", "valueDecimal" -> v instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER
                    ? Optional.of(s.text()) : fail(v, "expected a JSON number, found " + v.kind());
            default -> v instanceof Node.Scalar s && s.type() == Node.ScalarType.STRING
                    ? Optional.of(s.text()) : fail(v, "expected a JSON string, found " + v.kind());
        };
    }

    private Optional<String> coding(Node node) {
        if (!(node instanceof Node.MapNode map)) {
            return fail(node, "expected a coding {\"system\", \"code\"}, found " + node.kind());
        }
        Node.Entry system = map.entries().get("system");
        String url = system == null ? null : ResponseReader.scalar(system.value());
        if (url != null && !url.equals(options)) {
            problems.error(system.value().location(), "linkId '" + field.id() + "': the code system '" + url
                    + "' is not the rule set's", "use the codings of the Questionnaire's answerOption, system " + options);
            return Optional.empty();
        }
        Node.Entry codeVersion = map.entries().get("version");
        String coded = codeVersion == null ? null : ResponseReader.scalar(codeVersion.value());
        if (coded != null && !coded.equals(version)) {
            if (!ResponseReader.otherVersion(problems, anyVersion, codeVersion.value().location(), "linkId '"
                    + field.id() + "': the coding is of version " + org.triage.problem.Limits.excerpt(coded)
                    + " of the code system; the rule set is " + version, "the codes may have changed")) {
                return Optional.empty();
            }
        }
        Node.Entry code = map.entries().get("code");
        String id = code == null ? null : ResponseReader.scalar(code.value());
        if (id == null) {
            return fail(node, "the coding has no code");
        }
        if (field.option(id).isEmpty()) {
            problems.error(code.value().location(), "linkId '" + field.id() + "': unknown code '" + id + "'."
                    + Suggest.didYouMean(id, field.optionIds()), "use one of: " + String.join(", ", field.optionIds()));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private Optional<String> fail(Node at, String message) {
        problems.error(at.location(), "linkId '" + field.id() + "': " + message, "write \"answer\": [" + example(field, options) + "]");
        return Optional.empty();
    }
}
