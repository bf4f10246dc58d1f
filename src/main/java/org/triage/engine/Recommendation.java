package org.triage.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.rules.Approach;
import org.triage.rules.Outcome;

/**
 * The result for one intake, as the output contract describes it, with the trace of the rules
 * that fired. {@code ignored} names answers to follow-up questions that do not apply.
 */
public record Recommendation(Optional<String> clientId, Outcome outcome, Optional<Referral> referral,
                             Map<Approach, Integer> scores, List<TechniqueResult> techniques,
                             List<TechniqueResult> excluded, List<PrecautionResult> precautions,
                             List<Firing> fired, List<String> missing, List<String> ignored,
                             String rulesetVersion, String rulesetSha256) {

    public Recommendation {
        java.util.EnumMap<Approach, Integer> byApproach = new java.util.EnumMap<>(Approach.class);
        byApproach.putAll(scores); // no hashing: one of these per intake in a batch
        byApproach.values().forEach(java.util.Objects::requireNonNull);
        scores = java.util.Collections.unmodifiableMap(byApproach);
        techniques = List.copyOf(techniques);
        excluded = List.copyOf(excluded);
        precautions = List.copyOf(precautions);
        fired = List.copyOf(fired);
        missing = List.copyOf(missing);
        ignored = List.copyOf(ignored);
        if ((outcome == Outcome.REFER) != referral.isPresent()) {
            throw new IllegalArgumentException("outcome is refer exactly when there is a referral");
        }
    }

    public List<String> rulesFired() {
        return fired.stream().map(f -> f.rule().id()).toList();
    }

    public int score(Approach approach) {
        return scores.getOrDefault(approach, 0);
    }
}
