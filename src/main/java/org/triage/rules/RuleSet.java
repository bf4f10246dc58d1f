package org.triage.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, fully valid rule set. The engine never sees a half-valid one. {@code cases} is empty
 * when it was loaded without them ({@link RuleSetLoader.Cases#SKIP}).
 */
public record RuleSet(String version, ContentHash content, Decision decision, List<Technique> techniques,
                      Map<String, String> sources, Questionnaire questionnaire, List<Rule> rules, List<Case> cases) {

    public RuleSet {
        techniques = List.copyOf(techniques);
        sources = Map.copyOf(sources);
        rules = List.copyOf(rules);
        cases = List.copyOf(cases);
    }

    /** The sha256 of the rule set's files (see {@link ContentHash}). */
    public String sha256() {
        return content.sha256();
    }

    public Optional<Technique> technique(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
