package org.triage.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/** Reads {@code ruleset.yaml}: version, decision, techniques, source ids and the base of its FHIR names. */
final class HeaderReader {

    /** The keys of ruleset.yaml, required and optional; docs/rules.md lists them (ReferenceDocTest). */
    static final Set<String> KEYS = Set.of("version", "decision", "techniques", "sources");
    static final Set<String> OPTIONAL_KEYS = Set.of("fhir_base");
    /** An http or https URL with a host and perhaps a path, not ending in a slash: canonical URLs are made under it. */
    private static final java.util.regex.Pattern URL =
            java.util.regex.Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*");
    private static final int URL_CHARS = 200;
    static final Set<String> DECISION_KEYS = Set.of("margin", "tie_breaker");
    static final Set<String> TECHNIQUE_KEYS = Set.of("id", "approach", "name");

    private final NodeReader in;

    HeaderReader(NodeReader in) {
        this.in = in;
    }

    Optional<Header> read(Node root) {
        Optional<Node.MapNode> top = in.map(root, "ruleset.yaml");
        if (top.isEmpty() || !in.keys(top.get(), "ruleset.yaml", KEYS, OPTIONAL_KEYS)) {
            return Optional.empty();
        }
        Node.MapNode map = top.get();
        Optional<String> version = in.text(map, "version", "the version");
        Optional<Decision> decision = decision(in.get(map, "decision").orElseThrow());
        Optional<List<Technique>> techniques = techniques(in.get(map, "techniques").orElseThrow());
        Optional<Map<String, String>> sources = sources(in.get(map, "sources").orElseThrow());
        Optional<String> fhirBase = in.get(map, "fhir_base").isPresent() ? fhirBase(map) : Optional.of(RuleSet.FHIR_BASE);
        if (version.isEmpty() || decision.isEmpty() || techniques.isEmpty() || sources.isEmpty() || fhirBase.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Header(version.get(), decision.get(), techniques.get(), sources.get(), fhirBase.get()));
    }

    /** The base of the canonical URLs of the rule set's FHIR resources; a name, never fetched. */
    private Optional<String> fhirBase(Node.MapNode map) {
        Optional<String> text = in.text(map, "fhir_base", "the base of the FHIR URLs");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String url = text.get();
        if (url.length() > URL_CHARS || !URL.matcher(url).matches()) {
            in.error(in.get(map, "fhir_base").orElseThrow().location(), "fhir_base is not an http or https URL with"
                    + " no slash at its end, no query and no fragment", "write the clinic's or the rule set's own base,"
                    + " such as " + RuleSet.FHIR_BASE + " (at most " + URL_CHARS + " characters)");
            return Optional.empty();
        }
        return text;
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
