package org.triage.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.problem.Location;
import org.triage.problem.Suggest;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/**
 * Reads {@code policies.yaml} ({@code policies:} list) into {@link Policy}s, as strictly as rules are read: every
 * problem at its file:line:column, with a did-you-mean for a near id.
 */
final class PolicyReader {

    static final String FILE = "policies.yaml";
    /** A policy's keys; docs/rules.md lists them. */
    static final Set<String> POLICY_KEYS = Set.of("id", "says", "source");
    static final Set<String> RESULT_KEYS = Set.of("for", "requires", "never_recommends", "excludes", "no_techniques",
            "never_given_and_excluded");
    static final Set<String> REQUIRES_KEYS = Set.of("outcome", "urgency");

    private final NodeReader in;
    private final ConditionReader conditions;
    private final Set<String> techniques;
    private final Set<String> sources;
    private final Map<String, Location> declared = new LinkedHashMap<>();

    PolicyReader(NodeReader in, Map<String, Field> fields, Set<String> techniques, Set<String> sources) {
        this.in = in;
        this.conditions = new ConditionReader(in, fields);
        this.techniques = techniques;
        this.sources = sources;
    }

    List<Policy> read(Node root) {
        Optional<Node.ListNode> list = in.topList(root, FILE, "policies");
        List<Policy> policies = new ArrayList<>();
        list.ifPresent(l -> l.items().forEach(item -> policy(item).ifPresent(policies::add)));
        return policies;
    }

    private Optional<Policy> policy(Node item) {
        Optional<Node.MapNode> m = in.map(item, "a policy");
        if (m.isEmpty() || !in.keys(m.get(), "a policy", POLICY_KEYS, RESULT_KEYS)) {
            return Optional.empty();
        }
        Node.MapNode map = m.get();
        Optional<String> id = in.id(in.get(map, "id").orElseThrow(), "policy id");
        id.ifPresent(i -> {
            Location first = declared.putIfAbsent(i, map.location());
            if (first != null) {
                in.error(map.location(), "duplicate policy id '" + i + "' (first at " + first + ")",
                        "give one of the two policies a different id");
            }
        });
        Optional<String> says = in.text(map, "says", "'says'");
        int before = in.problems().size();
        List<String> source = sourceIds(in.get(map, "source").orElseThrow());
        Optional<Condition> when = in.get(map, "for").flatMap(conditions::read);
        Optional<Requirement> requirement = requirement(map);
        boolean ok = in.problems().size() == before && (in.get(map, "for").isEmpty() || when.isPresent());
        if (id.isEmpty() || says.isEmpty() || requirement.isEmpty() || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Policy(id.get(), says.get(), source, when, requirement.get(), map.location()));
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
        if (node instanceof Node.ListNode l && l.items().isEmpty()) {
            in.error(node.location(), "a policy cites no source", "list the source ids the policy rests on");
        }
        return ids;
    }

    private Optional<Requirement> requirement(Node.MapNode map) {
        int before = in.problems().size();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        Optional<Urgency> urgency = Optional.empty();
        Optional<Node> requires = in.get(map, "requires");
        if (requires.isPresent()) {
            Optional<Node.MapNode> r = in.map(requires.get(), "'requires'");
            if (r.isEmpty() || !in.keys(r.get(), "'requires'", Set.of(), REQUIRES_KEYS)) {
                return Optional.empty();
            }
            in.get(r.get(), "outcome").ifPresent(n -> in.scalars(n, "an outcome")
                    .forEach(s -> in.oneOf(s, "outcome", Outcome.class).ifPresent(outcomes::add)));
            urgency = in.get(r.get(), "urgency").flatMap(n -> in.oneOf(n, "urgency", Urgency.class));
        }
        Requirement req = new Requirement(outcomes, urgency, techniqueIds(in.get(map, "never_recommends")),
                techniqueIds(in.get(map, "excludes")), flag(map, "no_techniques"), flag(map, "never_given_and_excluded"));
        if (req.isEmpty() && in.problems().size() == before) { // not after a mistake in a requirement given
            in.error(map.location(), "this policy requires nothing of the result",
                    "add at least one of: requires, never_recommends, excludes, no_techniques, never_given_and_excluded");
            return Optional.empty();
        }
        return Optional.of(req);
    }

    private boolean flag(Node.MapNode map, String key) {
        Optional<Node> node = in.get(map, key);
        if (node.isEmpty()) {
            return false;
        }
        Optional<Boolean> value = in.bool(node.get(), "'" + key + "'");
        if (value.isPresent() && !value.get()) {
            in.error(node.get().location(), "'" + key + ": false' requires nothing", "remove the line, or write true");
        }
        return value.orElse(false);
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
}
