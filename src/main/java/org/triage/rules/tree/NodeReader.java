package org.triage.rules.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;

/** Typed reading of a {@link Node} tree; every mismatch becomes a located problem. */
public final class NodeReader {

    /** Decimal numbers as people write them; no hexadecimal, underscores, exponents or infinities. */
    public static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private final Problems problems;

    public NodeReader(Problems problems) {
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }

    public void error(Location at, String message, String fix) {
        problems.error(at, message, fix);
    }

    public Optional<Node.MapNode> map(Node node, String what) {
        if (node instanceof Node.MapNode m) {
            return Optional.of(m);
        }
        error(node.location(), "expected " + what + " as a mapping (key: value lines), found " + node.kind(),
                "write " + what + " as indented 'key: value' lines");
        return Optional.empty();
    }

    public Optional<Node.ListNode> list(Node node, String what) {
        if (node instanceof Node.ListNode l) {
            return Optional.of(l);
        }
        error(node.location(), "expected " + what + " as a list, found " + node.kind(),
                "write " + what + " as a list: one '- item' per line, or [a, b]");
        return Optional.empty();
    }

    /**
     * Reports unknown keys (with "did you mean") and missing required ones.
     * @return false when a required key is missing
     */
    public boolean keys(Node.MapNode map, String what, Set<String> required, Set<String> optional) {
        // Sorted: Set.of iterates in an order that changes from run to run, and messages must not.
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        known.sort(null);
        for (Node.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                error(e.keyLocation(), "unknown key '" + e.key() + "' in " + what + "." + Suggest.didYouMean(e.key(), known),
                        "use one of: " + String.join(", ", known));
            }
        }
        boolean complete = true;
        for (String key : new java.util.TreeSet<>(required)) {
            if (!map.entries().containsKey(key)) {
                error(map.location(), what + " has no '" + key + "'", "add '" + key + ":' to " + what);
                complete = false;
            }
        }
        return complete;
    }

    /**
     * The list under the one key of a file's top map, as in {@code rules: [...]}: empty, with the problem
     * recorded, when the file is not a map, has other keys, or the value is not a list.
     */
    public Optional<Node.ListNode> topList(Node root, String file, String key) {
        Optional<Node.MapNode> top = map(root, file);
        if (top.isEmpty() || !keys(top.get(), file, Set.of(key), Set.of())) {
            return Optional.empty();
        }
        return list(get(top.get(), key).orElseThrow(), "'" + key + "'");
    }

    public Optional<Node> get(Node.MapNode map, String key) {
        Node.Entry e = map.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** A non-empty text value; numbers and booleans are taken as written. */
    public Optional<String> text(Node node, String what) {
        if (node instanceof Node.Scalar s && s.text() != null && !s.text().isBlank()) {
            return Optional.of(s.text().trim());
        }
        error(node.location(), "expected " + what + " as text, found " + node.kind(), "write " + what + " as text");
        return Optional.empty();
    }

    public Optional<String> text(Node.MapNode map, String key, String what) {
        return get(map, key).flatMap(n -> text(n, what));
    }

    /** A lower-case id: letters, digits, dots and underscores. */
    public Optional<String> id(Node node, String what) {
        Optional<String> text = text(node, what);
        if (text.isPresent() && !text.get().matches("[a-z0-9_.]+")) {
            error(node.location(), what + " '" + text.get() + "' is not a valid id",
                    "use lower-case letters, digits, dots and underscores only, e.g. '"
                            + text.get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]+", "_") + "'");
            return Optional.empty();
        }
        return text;
    }

    /** One of an enum's constants, written in lower case (as every id of the rule language is). */
    public <E extends Enum<E>> Optional<E> oneOf(Node node, String what, Class<E> type) {
        List<String> ids = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        Optional<String> text = text(node, "the " + what);
        if (text.isPresent() && !ids.contains(text.get())) {
            error(node.location(), "unknown " + what + " '" + text.get() + "'." + Suggest.didYouMean(text.get(), ids),
                    "use one of: " + String.join(", ", ids));
            return Optional.empty();
        }
        return text.map(t -> Enum.valueOf(type, t.toUpperCase(Locale.ROOT)));
    }

    public Optional<Double> number(Node node, String what) {
        if (node instanceof Node.Scalar s && s.type() == Node.ScalarType.NUMBER) {
            if (PLAIN_NUMBER.matcher(s.text()).matches()) {
                return Optional.of(Double.parseDouble(s.text()));
            }
            error(node.location(), "expected " + what + " as a plain decimal number, found " + s.text(),
                    "write the number in decimal digits, e.g. 4 or 2.5");
            return Optional.empty();
        }
        error(node.location(), "expected " + what + " as a number, found " + node.kind(), "write a number, e.g. 4");
        return Optional.empty();
    }

    public Optional<Integer> integer(Node node, String what) {
        Optional<Double> n = number(node, what);
        if (n.isPresent() && n.get() != Math.rint(n.get())) {
            // number() succeeded, so the node is a scalar: show the number as written.
            error(node.location(), "expected " + what + " as a whole number, found " + ((Node.Scalar) node).text(),
                    "write a whole number, e.g. 4");
            return Optional.empty();
        }
        return n.map(Double::intValue);
    }

    public Optional<Boolean> bool(Node node, String what) {
        if (node instanceof Node.Scalar s && s.type() == Node.ScalarType.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()) || "yes".equalsIgnoreCase(s.text()));
        }
        error(node.location(), "expected " + what + " as true or false, found " + node.kind(), "write true or false");
        return Optional.empty();
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<Node.Scalar> scalars(Node node, String what) {
        List<Node> items = node instanceof Node.ListNode l ? l.items() : List.of(node);
        List<Node.Scalar> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof Node.Scalar s && s.text() != null) {
                out.add(s);
            } else {
                error(item.location(), "expected " + what + " as a single value, found " + item.kind(),
                        "write one value per list item");
            }
        }
        return out;
    }
}
