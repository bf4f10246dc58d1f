package org.triage.prove;

import java.util.Optional;
import org.triage.engine.Recommendation;
import org.triage.rules.Answers;
import org.triage.rules.Policy;

/**
 * What the proof found for one policy: proven for every intake; broken, with an intake that breaks it (confirmed by
 * the engine, then made as small as the engine allows) and the engine's result for it; or vacuous, when no intake the
 * questionnaire allows is one the policy is for, so that it proves nothing.
 */
public record PolicyResult(Policy policy, Status status, Optional<Answers> counterexample,
                           Optional<Recommendation> result) {

    public enum Status { PROVEN, BROKEN, VACUOUS }

    static PolicyResult proven(Policy policy) {
        return new PolicyResult(policy, Status.PROVEN, Optional.empty(), Optional.empty());
    }

    static PolicyResult vacuous(Policy policy) {
        return new PolicyResult(policy, Status.VACUOUS, Optional.empty(), Optional.empty());
    }

    static PolicyResult broken(Policy policy, Answers counterexample, Recommendation result) {
        return new PolicyResult(policy, Status.BROKEN, Optional.of(counterexample), Optional.of(result));
    }

    public boolean holds() {
        return status == Status.PROVEN;
    }
}
