package org.triage.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/** Reads {@code ruleset.yaml}: version, decision, techniques and source ids. */
final class HeaderReader {

    /** The keys of ruleset.yaml, all required; docs/rules.md lists them (ReferenceDocTest). */
    static final Set<String> KEYS = Set.of("version", "decision", "techniques", "sources");
    static final Set<String> DECISION_KEYS = Set.of("margin", "tie_breaker");
    static final Set<String> TECHNIQUE_KEYS = Set.of("id", "approach", "name");

    private final NodeReader in;

    HeaderReader(NodeReader in) {
        this.in = in;
    }

    Optional<Header> read(Node root) {
        Optional<Node.MapNode> top = in.map(root, "ruleset.yaml");
        if (top.isEmpty() || !in.keys(top.get(), "ruleset.yaml", KEYS, Set.of())) {
            return Optional.empty();
        }
        Node.MapNode map = top.get();
        Optional<String> version = in.text(map, "version", "the version");
        Optional<Decision> decision = decision(in.get(map, "decision").orElseThrow());
        Optional<List<Technique>> techniques = techniques(in.get(map, "techniques").orElseThrow());
        Optional<Map<String, String>> sources = sources(in.get(map, "sources").orElseThrow());
        if (version.isEmpty() || decision.isEmpty() || techniques.isEmpty() || sources.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Header(version.get(), decision.get(), techniques.get(), sources.get()));
    }

    private Optional<Decision> decision(Node node) {
        Optional<Node.MapNode> m = in.map(node, "'decision'");
        if (m.isEmpty() || !in.keys(m.get(), "'decision'", DECISION_KEYS, Set.of())) {
            return Optional.empty();
        }
        Optional<Integer> margin = in.integer(in.get(m.get(), "margin").orElseThrow(), "the margin");
        if (margin.isPresent() && margin.get() < 0) {
            in.error(m.get().location(), "the margin is negative", "use 0 or more points");
            return Optional.empty();
        }
        Optional<Approach> tie = approach(in.get(m.get(), "tie_breaker").orElseThrow());
        return margin.isPresent() && tie.isPresent() ? Optional.of(new Decision(margin.get(), tie.get(), m.get().location())) : Optional.empty();
    }

    private Optional<Approach> approach(Node node) {
        return in.oneOf(node, "approach", Approach.class);
    }

    private Optional<List<Technique>> techniques(Node node) {
        Optional<Node.ListNode> list = in.list(node, "'techniques'");
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<Technique> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<Node.MapNode> m = in.map(item, "a technique");
            if (m.isEmpty() || !in.keys(m.get(), "a technique", TECHNIQUE_KEYS, Set.of())) {
                ok = false;
                continue;
            }
            Optional<String> id = in.id(in.get(m.get(), "id").orElseThrow(), "technique id");
            Optional<Approach> approach = approach(in.get(m.get(), "approach").orElseThrow());
            Optional<String> name = in.text(m.get(), "name", "the technique's name");
            if (id.isPresent() && out.stream().anyMatch(t -> t.id().equals(id.get()))) {
                in.error(m.get().location(), "technique '" + id.get() + "' is listed twice", "remove one of them");
                ok = false;
            } else if (id.isPresent() && approach.isPresent() && name.isPresent()) {
                out.add(new Technique(id.get(), approach.get(), name.get(), m.get().location()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<Map<String, String>> sources(Node node) {
        Optional<Node.MapNode> m = in.map(node, "'sources'");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Node.Entry e : m.get().entries().values()) {
            in.text(e.value(), "the citation of " + e.key()).ifPresent(t -> out.put(e.key(), t));
        }
        return Optional.of(out);
    }
}
