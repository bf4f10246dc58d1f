package org.triage.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.problem.Suggest;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/** Reads one rules file ({@code rules:} list) into {@link Rule}s. */
final class RuleReader {

    /** A rule's keys, all required; docs/rules.md lists them (ReferenceDocTest). */
    static final Set<String> RULE_KEYS = Set.of("id", "description", "because", "source", "when");
    /** The effects: a rule has at least one. */
    static final Set<String> EFFECT_KEYS = Set.of("score", "recommend", "exclude", "precaution", "refer");
    static final Set<String> PRECAUTION_KEYS = Set.of("techniques", "note");

    private final NodeReader in;
    private final ConditionReader conditions;
    private final Set<String> techniques;
    private final Set<String> sources;
    /** Every rule id read so far and where its rule starts, including rules with other errors. */
    private final Map<String, org.triage.problem.Location> declared = new java.util.LinkedHashMap<>();

    RuleReader(NodeReader in, Map<String, Field> fields, Set<String> techniques, Set<String> sources) {
        this.in = in;
        this.conditions = new ConditionReader(in, fields);
        this.techniques = techniques;
        this.sources = sources;
    }

    /** The id of every rule read so far, including rules with errors: a case naming one is not wrong. */
    Set<String> declaredIds() {
        return java.util.Collections.unmodifiableSet(declared.keySet());
    }

    List<Rule> read(Node root, String file) {
        Optional<Node.ListNode> list = in.topList(root, file, "rules");
        List<Rule> rules = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(item -> rule(item).ifPresent(rules::add)));
        return rules;
    }

    private Optional<Rule> rule(Node item) {
        Optional<Node.MapNode> m = in.map(item, "a rule");
        Node.Entry idEntry = m.map(map -> map.entries().get("id")).orElse(null);
        if (idEntry != null && idEntry.value() instanceof Node.Scalar s && s.text() != null) {
            org.triage.problem.Location at = m.get().location();
            org.triage.problem.Location first = declared.putIfAbsent(s.text().trim(), at);
            if (first != null) {
                in.error(at, "duplicate rule id '" + s.text().trim() + "' (first at " + first + ")",
                        "give one of the two rules a different id");
            }
        }
        if (m.isEmpty() || !in.keys(m.get(), "a rule", RULE_KEYS, EFFECT_KEYS)) {
            return Optional.empty();
        }
        Node.MapNode map = m.get();
        Optional<String> id = in.id(in.get(map, "id").orElseThrow(), "rule id");
        Optional<String> description = in.text(map, "description", "the description");
        Optional<String> because = in.text(map, "because", "'because'");
        List<String> source = sourceIds(in.get(map, "source").orElseThrow());
        Optional<Condition> when = conditions.read(in.get(map, "when").orElseThrow());
        Optional<Effects> effects = effects(map);
        if (id.isEmpty() || description.isEmpty() || because.isEmpty() || when.isEmpty() || effects.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(id.get(), description.get(), because.get(), source, when.get(), effects.get(),
                map.location()));
    }

    private List<String> sourceIds(Node node) {
        List<String> ids = new ArrayList<>();
        for (Node.Scalar s : in.scalars(node, "a source id")) {
            if (sources.contains(s.text())) {
                ids.add(s.text());
            } else {
                in.error(s.location(), "unknown source '" + s.text() + "'." + Suggest.didYouMean(s.text(), sources),
                        "add it under 'sources:' in ruleset.yaml, or use one of the ids listed there");
            }
        }
        return ids;
    }

    private Optional<Effects> effects(Node.MapNode map) {
        int problemsBefore = in.problems().size();
        boolean ok = true;
        Map<Approach, Integer> scores = new EnumMap<>(Approach.class);
        Optional<Node> score = in.get(map, "score");
        if (score.isPresent()) {
            ok &= scores(score.get(), scores);
        }
        List<String> recommend = techniqueIds(in.get(map, "recommend"));
        List<String> exclude = techniqueIds(in.get(map, "exclude"));
        List<Precaution> precautions = new ArrayList<>();
        Optional<Node> precaution = in.get(map, "precaution");
        if (precaution.isPresent()) {
            ok &= precautions(precaution.get(), precautions);
        }
        Optional<Urgency> refer = Optional.empty();
        Optional<Node> referNode = in.get(map, "refer");
        if (referNode.isPresent()) {
            refer = urgency(referNode.get());
            ok &= refer.isPresent();
        }
        // An unknown technique is dropped from recommend or exclude after its own error: only an effect that is
        // really missing is "no effect".
        ok &= in.problems().size() == problemsBefore;
        Effects effects = new Effects(scores, recommend, exclude, precautions, refer);
        if (ok && effects.isEmpty()) {
            in.error(map.location(), "this rule has no effect",
                    "add at least one of: score, recommend, exclude, precaution, refer");
            return Optional.empty();
        }
        return ok ? Optional.of(effects) : Optional.empty();
    }

    /** The most points, more or less, one rule gives an approach (docs/rules.md). */
    static final int MAX_POINTS = 1_000;

    private boolean scores(Node node, Map<Approach, Integer> into) {
        Optional<Node.MapNode> m = in.map(node, "'score'");
        if (m.isEmpty() || !in.keys(m.get(), "'score'", Set.of(), Set.of("massage", "stm"))) {
            return false;
        }
        boolean ok = true;
        for (Node.Entry e : m.get().entries().values()) {
            Optional<Integer> points = in.integer(e.value(), "the points for " + e.key());
            if (points.isPresent() && Math.abs((long) points.get()) > MAX_POINTS) {
                // so that no sum of the points of every rule can overflow and turn a lead into its opposite
                in.error(e.value().location(), "the points for " + e.key() + " are " + points.get() + "; a rule gives"
                        + " at most " + MAX_POINTS + " points, more or less", "give points from -" + MAX_POINTS + " to "
                        + MAX_POINTS + "; a decision margin of a few points is what they are weighed against");
                points = Optional.empty();
            }
            ok &= points.isPresent();
            points.ifPresent(p -> into.put(Approach.valueOf(e.key().toUpperCase(Locale.ROOT)), p));
        }
        return ok;
    }

    private List<String> techniqueIds(Optional<Node> node) {
        List<String> ids = new ArrayList<>();
        node.ifPresent(n -> in.scalars(n, "a technique id").forEach(s -> {
            if (techniques.contains(s.text())) {
                ids.add(s.text());
            } else {
                in.error(s.location(), "unknown technique '" + s.text() + "'." + Suggest.didYouMean(s.text(), techniques),
                        "use one of: " + String.join(", ", techniques));
            }
        }));
        return ids;
    }

    private boolean precautions(Node node, List<Precaution> into) {
        Optional<Node.ListNode> list = in.list(node, "'precaution'");
        if (list.isEmpty()) {
            return false;
        }
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<Node.MapNode> m = in.map(item, "a precaution");
            if (m.isEmpty() || !in.keys(m.get(), "a precaution", PRECAUTION_KEYS, Set.of())) {
                ok = false;
                continue;
            }
            List<String> ids = techniqueIds(in.get(m.get(), "techniques"));
            Optional<String> note = in.text(m.get(), "note", "the note");
            if (ids.isEmpty() || note.isEmpty()) {
                ok = false;
                continue;
            }
            into.add(new Precaution(ids, note.get()));
        }
        return ok;
    }

    private Optional<Urgency> urgency(Node node) {
        return in.oneOf(node, "urgency", Urgency.class);
    }
}
