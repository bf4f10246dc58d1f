package org.triage.rules.tree;

import java.util.List;
import java.util.Map;
import org.triage.problem.Location;

/** A YAML or JSON value with the place it was read from, so every problem can name it. */
public sealed interface Node {

    Location location();

    /** What kind of value this is, in the words of an error message. */
    String kind();

    /** A mapping; keys keep their own locations and the file's order. */
    record MapNode(Location location, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping and its value. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /** A scalar as written; {@code text} is null for a null value. */
    record Scalar(Location location, String text, ScalarType type) implements Node {
        public String kind() {
            return switch (type) {
                case STRING -> "the text '" + org.triage.problem.Limits.excerpt(text) + "'";
                case NUMBER -> "the number " + text;
                case BOOLEAN -> "the value " + text;
                case NULL -> "an empty value";
            };
        }
    }

    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }
}
