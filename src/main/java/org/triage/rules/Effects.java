package org.triage.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a rule does when it fires. */
public record Effects(Map<Approach, Integer> scores, List<String> recommend, List<String> exclude,
                      List<Precaution> precautions, Optional<Urgency> refer) {

    public Effects {
        java.util.EnumMap<Approach, Integer> byApproach = new java.util.EnumMap<>(Approach.class);
        byApproach.putAll(scores);
        scores = java.util.Collections.unmodifiableMap(byApproach);
        recommend = List.copyOf(recommend);
        exclude = List.copyOf(exclude);
        precautions = List.copyOf(precautions);
    }

    public boolean isEmpty() {
        return scores.isEmpty() && recommend.isEmpty() && exclude.isEmpty() && precautions.isEmpty() && refer.isEmpty();
    }

    public int score(Approach approach) {
        return scores.getOrDefault(approach, 0);
    }
}
