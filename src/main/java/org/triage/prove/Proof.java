package org.triage.prove;

import java.util.List;

/** The result of proving every policy of a rule set, with the size of the encoding it took. */
public record Proof(List<PolicyResult> results, int variables, int constraints) {

    public Proof {
        results = List.copyOf(results);
    }

    public boolean allHold() {
        return results.stream().allMatch(PolicyResult::holds);
    }

    public long failed() {
        return results.stream().filter(r -> !r.holds()).count();
    }
}
