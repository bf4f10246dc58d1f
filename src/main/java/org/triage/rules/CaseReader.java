package org.triage.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triage.problem.Suggest;
import org.triage.rules.tree.Node;
import org.triage.rules.tree.NodeReader;

/** Reads a file of the rule set's own cases. */
final class CaseReader {

    /** A case's keys and those of its expect; docs/rules.md lists them (ReferenceDocTest). */
    static final Set<String> CASE_KEYS = Set.of("name", "answers", "expect");
    static final Set<String> EXPECT_REQUIRED = Set.of("outcome");
    static final Set<String> EXPECT_KEYS = Set.of("urgency", "fired", "not_fired", "techniques", "includes",
            "excluded", "precautions", "missing");

    private final NodeReader in;
    private final Questionnaire questionnaire;
    private final Set<String> techniques;
    private final Set<String> ruleIds;
    private final boolean checkRuleIds;

    /** @param checkRuleIds false when some rules file could not be parsed, so its rule ids are unknown */
    CaseReader(NodeReader in, Questionnaire questionnaire, Set<String> techniques, Set<String> ruleIds,
               boolean checkRuleIds) {
        this.in = in;
        this.questionnaire = questionnaire;
        this.techniques = techniques;
        this.ruleIds = ruleIds;
        this.checkRuleIds = checkRuleIds;
    }

    List<Case> read(Node root, String file) {
        List<Case> cases = new ArrayList<>();
        in.topList(root, file, "cases").ifPresent(l -> l.items().forEach(item -> readCase(item).ifPresent(cases::add)));
        return cases;
    }

    private Optional<Case> readCase(Node item) {
        Optional<Node.MapNode> m = in.map(item, "a case");
        if (m.isEmpty() || !in.keys(m.get(), "a case", CASE_KEYS, Set.of())) {
            return Optional.empty();
        }
        Optional<String> name = in.text(m.get(), "name", "the case name");
        Answers answers = AnswersFile.fromNode(in.get(m.get(), "answers").orElseThrow(), questionnaire, in.problems());
        Optional<Expectation> expect = expectation(in.get(m.get(), "expect").orElseThrow());
        if (name.isEmpty() || expect.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Case(name.get(), m.get().location(), answers, expect.get()));
    }

    private Optional<Expectation> expectation(Node node) {
        Optional<Node.MapNode> m = in.map(node, "'expect'");
        if (m.isEmpty() || !in.keys(m.get(), "'expect'", EXPECT_REQUIRED, EXPECT_KEYS)) {
            return Optional.empty();
        }
        Node.MapNode map = m.get();
        Optional<Outcome> outcome = in.oneOf(in.get(map, "outcome").orElseThrow(), "outcome", Outcome.class);
        Optional<Urgency> urgency = in.get(map, "urgency").flatMap(n -> in.oneOf(n, "urgency", Urgency.class));
        List<String> fieldIds = questionnaire.ids();
        return outcome.map(o -> new Expectation(o, urgency,
                ruleIds(map, "fired"), ruleIds(map, "not_fired"),
                in.get(map, "techniques").map(n -> ids(n, techniques, "technique")),
                ids(map, "includes", techniques, "technique"), ids(map, "excluded", techniques, "technique"),
                ids(map, "precautions", techniques, "technique"),
                in.get(map, "missing").map(n -> ids(n, fieldIds, "field"))));
    }

    private List<String> ruleIds(Node.MapNode map, String key) {
        if (checkRuleIds) {
            return ids(map, key, ruleIds, "rule");
        }
        return in.get(map, key).map(n -> in.scalars(n, "a rule id").stream().map(Node.Scalar::text).toList())
                .orElse(List.of());
    }

    private List<String> ids(Node.MapNode map, String key, Collection<String> known, String what) {
        return in.get(map, key).map(n -> ids(n, known, what)).orElse(List.of());
    }

    private List<String> ids(Node node, Collection<String> known, String what) {
        List<String> out = new ArrayList<>();
        for (Node.Scalar s : in.scalars(node, "a " + what + " id")) {
            if (known.contains(s.text())) {
                out.add(s.text());
            } else {
                in.error(s.location(), "unknown " + what + " '" + s.text() + "'." + Suggest.didYouMean(s.text(), known),
                        "use the id of a " + what + " defined in the rule set");
            }
        }
        return out;
    }
}
