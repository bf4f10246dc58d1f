package org.triage.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.problem.Suggest;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/** Converts a condition's YAML into a {@link Condition}, checking every field, operator and value. */
final class ConditionReader {

    private static final List<String> COMBINATORS = List.of("all", "any", "not");

    private final NodeReader in;
    private final Map<String, Field> fields;
    private final boolean followUp;
    private final Set<String> notYetAsked;
    private final Set<String> broken;

    /** For a rule's {@code when}: it may name any field of the questionnaire. */
    ConditionReader(NodeReader in, Map<String, Field> fields) {
        this(in, fields, false, Set.of(), Set.of());
    }

    /**
     * For a follow-up's {@code ask_when}: it may name only the questions asked before it.
     * @param notYetAsked the ids of this question and those after it, to tell them from unknown ids
     * @param broken the ids of questions before it that have errors of their own (reported there)
     */
    ConditionReader(NodeReader in, Map<String, Field> earlier, Set<String> notYetAsked, Set<String> broken) {
        this(in, earlier, true, notYetAsked, broken);
    }

    private ConditionReader(NodeReader in, Map<String, Field> fields, boolean followUp, Set<String> notYetAsked,
                            Set<String> broken) {
        this.in = in;
        this.fields = fields;
        this.followUp = followUp;
        this.notYetAsked = notYetAsked;
        this.broken = broken;
    }

    Optional<Condition> read(Node node) {
        Optional<Node.MapNode> map = in.map(node, "a condition");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node.Entry> entries = map.get().entries();
        List<String> combinators = COMBINATORS.stream().filter(entries::containsKey).toList();
        if (!combinators.isEmpty()) {
            if (entries.size() > 1) {
                in.error(map.get().location(), "'" + combinators.get(0) + "' must stand alone in its condition",
                        "put the other parts inside it, e.g. all: [{field: a, ...}, {field: b, ...}]");
                return Optional.empty();
            }
            return combinator(combinators.get(0), entries.get(combinators.get(0)).value());
        }
        return leaf(map.get());
    }

    private Optional<Condition> combinator(String kind, Node value) {
        if (kind.equals("not")) {
            return read(value).map(Condition.Not::new);
        }
        Optional<Node.ListNode> list = in.list(value, "'" + kind + "'");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().items().isEmpty()) {
            in.error(value.location(), "'" + kind + "' has no conditions", "list at least one condition under '" + kind + "'");
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<Condition> c = read(item);
            ok &= c.isPresent();
            c.ifPresent(parts::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(kind.equals("all") ? new Condition.All(parts) : new Condition.Any(parts));
    }

    private Optional<Condition> leaf(Node.MapNode map) {
        List<String> known = new ArrayList<>(Operator.keys());
        known.add("field");
        known.addAll(COMBINATORS);
        List<Node.Entry> operators = new ArrayList<>();
        boolean ok = true;
        for (Node.Entry e : map.entries().values()) {
            if (e.key().equals("field")) {
                continue;
            }
            if (Operator.byKey(e.key()).isPresent()) {
                operators.add(e);
            } else {
                in.error(e.keyLocation(), "unknown operator '" + e.key() + "'." + Suggest.didYouMean(e.key(), known),
                        "use all, any, not, or field with one of: " + String.join(", ", Operator.keys()));
                ok = false;
            }
        }
        Optional<Node> fieldNode = in.get(map, "field");
        if (fieldNode.isEmpty()) {
            in.error(map.location(), "a condition needs 'field:' (or all, any, not)",
                    "write e.g. {field: pain_level, at_least: 4}");
            return Optional.empty();
        }
        Optional<Field> field = field(fieldNode.get());
        if (operators.isEmpty() && ok) {
            in.error(map.location(), "the condition on '" + field.map(Field::id).orElse("?") + "' has no operator",
                    "add one of: " + String.join(", ", Operator.keys()));
            return Optional.empty();
        }
        if (operators.size() > 1) {
            in.error(operators.get(1).keyLocation(), "a condition has exactly one operator, found '"
                    + operators.get(0).key() + "' and '" + operators.get(1).key() + "'",
                    "split it: all: [{field: f, " + operators.get(0).key() + ": ...}, {field: f, "
                            + operators.get(1).key() + ": ...}]");
            return Optional.empty();
        }
        if (!ok || field.isEmpty()) {
            return Optional.empty();
        }
        Node.Entry op = operators.get(0);
        return operand(field.get(), Operator.byKey(op.key()).orElseThrow(), op);
    }

    Optional<Field> field(Node node) {
        Optional<String> id = in.text(node, "a field id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Field f = fields.get(id.get());
        if (f == null && broken.contains(id.get())) {
            return Optional.empty();
        } else if (f == null && notYetAsked.contains(id.get())) {
            in.error(node.location(),
                    "'" + id.get() + "' is not asked before this question, so a follow-up cannot depend on it",
                    "base ask_when on a question asked earlier, or move this question below '" + id.get() + "'");
        } else if (f == null) {
            in.error(node.location(), "unknown field '" + id.get() + "'." + Suggest.didYouMean(id.get(), fields.keySet()),
                    followUp ? "use the id of a question asked before this one" : "use a field id from questions.yaml");
        }
        return Optional.ofNullable(f);
    }

    private Optional<Condition> operand(Field field, Operator op, Node.Entry entry) {
        if (!op.appliesTo(field.type())) {
            in.error(entry.keyLocation(), "'" + op.key() + "' does not work on " + field.id() + ", a "
                    + field.type().id() + " field", "use one of: " + String.join(", ", Operator.keysFor(field.type())));
            return Optional.empty();
        }
        Node value = entry.value();
        return switch (op) {
            case ANSWERED -> in.bool(value, "'answered'").map(b -> new Condition.AnsweredTest(field.id(), b));
            case IN_ANSWERS_OF -> inAnswersOf(field, value);
            case LESS_THAN, AT_MOST -> number(field, value).map(n -> new Condition.NumberTest(field.id(), op, 0, n));
            case MORE_THAN, AT_LEAST, EQUALS -> field.type().isNumeric()
                    ? number(field, value).map(n -> new Condition.NumberTest(field.id(), op, n, 0))
                    : choices(field, op, value);
            case BETWEEN -> between(field, value);
            case IN, HAS, HAS_ANY, HAS_ALL, HAS_NONE -> choices(field, op, value);
        };
    }

    private Optional<Condition> choices(Field field, Operator op, Node value) {
        boolean single = op == Operator.EQUALS || op == Operator.HAS;
        if (single && !(value instanceof Node.Scalar)) {
            in.error(value.location(), "'" + op.key() + "' takes one value, found " + value.kind(),
                    "for several values use " + (op == Operator.EQUALS ? "in" : "has_any or has_all"));
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean ok = true;
        for (Node.Scalar s : in.scalars(value, "a value id")) {
            String id = yesNo(field, s);
            Optional<Option> option = field.option(id);
            if (option.isPresent()) {
                ids.add(option.get().id());
            } else {
                ok = false;
                in.error(s.location(), "unknown value '" + s.text() + "' for " + field.id() + "."
                                + Suggest.didYouMean(id, field.optionIds()),
                        "use one of: " + String.join(", ", field.optionIds()));
            }
        }
        if (!ok || ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Condition.ChoiceTest(field.id(), op, ids));
    }

    /** YAML reads a bare yes/no as a boolean; where the options are yes and no, take it as meant. */
    private static String yesNo(Field field, Node.Scalar s) {
        if (s.type() == Node.ScalarType.BOOLEAN && field.option("yes").isPresent()) {
            return Boolean.parseBoolean(s.text()) || s.text().equalsIgnoreCase("yes") ? "yes" : "no";
        }
        return s.text();
    }

    private Optional<Double> number(Field field, Node value) {
        Optional<Double> n = in.number(value, "a number");
        if (n.isPresent() && (n.get() < field.min() || n.get() > field.max())) {
            in.error(value.location(), Answer.Num.format(n.get()) + " is outside the range of " + field.id() + " ("
                    + field.range() + ")", "use a number from " + field.range());
            return Optional.empty();
        }
        return n;
    }

    private Optional<Condition> between(Field field, Node value) {
        if (!(value instanceof Node.ListNode l) || l.items().size() != 2) {
            in.error(value.location(), "'between' takes two numbers, found " + value.kind(), "write between: [4, 6]");
            return Optional.empty();
        }
        Optional<Double> low = number(field, l.items().get(0));
        Optional<Double> high = number(field, l.items().get(1));
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (low.get() > high.get()) {
            in.error(value.location(), "'between' has the larger number first", "write the smaller number first");
            return Optional.empty();
        }
        return Optional.of(new Condition.NumberTest(field.id(), Operator.BETWEEN, low.get(), high.get()));
    }

    private Optional<Condition> inAnswersOf(Field field, Node value) {
        Optional<Field> other = field(value);
        if (other.isEmpty()) {
            return Optional.empty();
        }
        if (other.get().type() != FieldType.MULTI || !other.get().optionIds().containsAll(field.optionIds())) {
            in.error(value.location(), "'in_answers_of' needs a multi-choice field with every option of " + field.id()
                    + "; " + other.get().id() + " is not one", "name a multi-choice field with the same options");
            return Optional.empty();
        }
        return Optional.of(new Condition.InAnswersOf(field.id(), other.get().id()));
    }
}
