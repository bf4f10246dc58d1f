package org.triage.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/** Reads {@code questions.yaml}: the intake fields, their options, ranges and follow-up conditions. */
final class QuestionnaireReader {

    /** A question's keys; docs/rules.md lists them (ReferenceDocTest). */
    static final Set<String> REQUIRED = Set.of("id", "type", "prompt", "help");
    static final Set<String> OPTIONAL = Set.of("options", "min", "max", "screening", "ask_when", "section");

    /** The engine holds a question's chosen options as the bits of one {@code long}. */
    public static final int MAX_OPTIONS = 64;
    static final Set<String> OPTION_REQUIRED = Set.of("id", "label");
    static final Set<String> OPTION_OPTIONAL = Set.of("exclusive");

    private final NodeReader in;

    QuestionnaireReader(NodeReader in) {
        this.in = in;
    }

    Optional<Questionnaire> read(Node root) {
        Optional<Node.ListNode> list = in.topList(root, "questions.yaml", "questions");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Field> earlier = new LinkedHashMap<>();
        List<String> declared = declaredIds(list.get());
        boolean ok = true;
        for (int i = 0; i < declared.size(); i++) {
            Set<String> notYetAsked = Set.copyOf(declared.subList(i, declared.size()));
            // Questions above with an error of their own: a follow-up on one of them is not wrong itself.
            Set<String> broken = new java.util.HashSet<>(declared.subList(0, i));
            broken.removeAll(earlier.keySet());
            Optional<Field> f = field(list.get().items().get(i), earlier, notYetAsked, broken);
            ok &= f.isPresent();
            f.ifPresent(field -> earlier.put(field.id(), field));
        }
        return ok ? Optional.of(new Questionnaire(new ArrayList<>(earlier.values()))) : Optional.empty();
    }

    /** Each question's id as written ("" when it has none), in order: to tell a later question from an unknown one. */
    private static List<String> declaredIds(Node.ListNode list) {
        List<String> ids = new ArrayList<>();
        for (Node item : list.items()) {
            Node.Entry id = item instanceof Node.MapNode m ? m.entries().get("id") : null;
            ids.add(id != null && id.value() instanceof Node.Scalar s && s.text() != null ? s.text().trim() : "");
        }
        return ids;
    }

    private Optional<Field> field(Node item, Map<String, Field> earlier, Set<String> notYetAsked, Set<String> broken) {
        Optional<Node.MapNode> m = in.map(item, "a question");
        if (m.isEmpty() || !in.keys(m.get(), "a question", REQUIRED, OPTIONAL)) {
            return Optional.empty();
        }
        Node.MapNode map = m.get();
        Optional<String> id = in.id(in.get(map, "id").orElseThrow(), "question id");
        Optional<FieldType> type = type(in.get(map, "type").orElseThrow());
        Optional<String> prompt = in.text(map, "prompt", "the prompt");
        Optional<String> help = in.text(map, "help", "the help text");
        if (id.isEmpty() || type.isEmpty() || prompt.isEmpty() || help.isEmpty()) {
            return Optional.empty();
        }
        if (earlier.containsKey(id.get())) {
            in.error(in.get(map, "id").orElseThrow().location(), "question '" + id.get() + "' is defined twice",
                    "remove or rename one of them");
            return Optional.empty();
        }
        boolean screening = in.get(map, "screening").flatMap(n -> in.bool(n, "'screening'")).orElse(false);
        Optional<Node> sectionNode = in.get(map, "section");
        Optional<Section> section = sectionNode.flatMap(n -> in.oneOf(n, "section", Section.class));
        if (sectionNode.isPresent() && section.isEmpty()) {
            return Optional.empty();
        }
        List<Option> options = options(map, type.get(), id.get());
        double[] range = range(map, type.get(), id.get());
        if (options == null || range == null) {
            return Optional.empty();
        }
        Optional<Condition> askWhen = Optional.empty();
        Optional<Node> askNode = in.get(map, "ask_when");
        if (askNode.isPresent()) {
            askWhen = new ConditionReader(in, earlier, notYetAsked, broken).read(askNode.get());
            if (askWhen.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Field(id.get(), type.get(), prompt.get(), help.get(), options, range[0], range[1],
                screening, askWhen, section, askNode.map(Node::location)));
    }

    private Optional<FieldType> type(Node node) {
        return in.oneOf(node, "type", FieldType.class);
    }

    /** The options, or null after reporting a problem. */
    private List<Option> options(Node.MapNode map, FieldType type, String id) {
        Optional<Node> node = in.get(map, "options");
        boolean needed = type == FieldType.SINGLE || type == FieldType.MULTI;
        if (node.isEmpty()) {
            if (needed) {
                in.error(map.location(), "question '" + id + "' is " + type.id() + " but has no options", "add options:");
                return null;
            }
            return List.of();
        }
        if (!needed) {
            in.error(node.get().location(), "question '" + id + "' is " + type.id() + " and takes no options",
                    "remove 'options', or make the type single or multi");
            return null;
        }
        Optional<Node.ListNode> list = in.list(node.get(), "'options'");
        if (list.isEmpty()) {
            return null;
        }
        List<Option> options = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<Option> o = option(item, options);
            ok &= o.isPresent();
            o.ifPresent(options::add);
        }
        if (list.get().items().size() > MAX_OPTIONS) {
            in.error(list.get().items().get(MAX_OPTIONS).location(), "question '" + id + "' has "
                    + list.get().items().size() + " options; a question can have at most " + MAX_OPTIONS,
                    "split it into two questions, or gather the rarest options under one such as 'other'");
            return null;
        }
        return ok ? options : null;
    }

    private Optional<Option> option(Node item, List<Option> before) {
        Optional<Node.MapNode> m = in.map(item, "an option");
        if (m.isEmpty() || !in.keys(m.get(), "an option", OPTION_REQUIRED, OPTION_OPTIONAL)) {
            return Optional.empty();
        }
        Optional<String> id = in.id(in.get(m.get(), "id").orElseThrow(), "option id");
        Optional<String> label = in.text(m.get(), "label", "the label");
        boolean exclusive = in.get(m.get(), "exclusive").flatMap(n -> in.bool(n, "'exclusive'")).orElse(false);
        if (id.isPresent() && before.stream().anyMatch(o -> o.id().equals(id.get()))) {
            in.error(m.get().location(), "option '" + id.get() + "' is listed twice", "remove one of them");
            return Optional.empty();
        }
        return id.isPresent() && label.isPresent() ? Optional.of(new Option(id.get(), label.get(), exclusive, Optional.of(m.get().location()))) : Optional.empty();
    }

    /** {min, max}, or null after reporting a problem. */
    private double[] range(Node.MapNode map, FieldType type, String id) {
        Optional<Node> min = in.get(map, "min");
        Optional<Node> max = in.get(map, "max");
        if (!type.isNumeric()) {
            if (min.isPresent() || max.isPresent()) {
                in.error(min.orElseGet(max::get).location(), "question '" + id + "' is " + type.id() + " and takes no range",
                        "remove min and max, or make the type integer or number");
                return null;
            }
            return new double[] {0, 0};
        }
        if (min.isEmpty() || max.isEmpty()) {
            in.error(map.location(), "question '" + id + "' is " + type.id() + " and needs min and max", "add min: and max:");
            return null;
        }
        Optional<Double> lo = in.number(min.get(), "min");
        Optional<Double> hi = in.number(max.get(), "max");
        if (lo.isEmpty() || hi.isEmpty()) {
            return null;
        }
        if (lo.get() > hi.get()) {
            in.error(min.get().location(), "min is larger than max", "swap min and max");
            return null;
        }
        return new double[] {lo.get(), hi.get()};
    }
}
