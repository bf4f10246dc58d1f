package org.triage.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a policy requires of the result for every intake it is for. Each part is optional; all the parts given must
 * hold. {@code outcomes}: the outcome is one of them (empty: any). {@code urgencyAtLeast}: a referral at least this
 * urgent. {@code neverRecommends}: none of these techniques is given. {@code excludes}: each of these is ruled out.
 * {@code noTechniques}: no technique is given. {@code neverGivenAndExcluded}: no technique is both given and ruled out.
 */
public record Requirement(Set<Outcome> outcomes, Optional<Urgency> urgencyAtLeast, List<String> neverRecommends,
                          List<String> excludes, boolean noTechniques, boolean neverGivenAndExcluded) {

    public Requirement {
        outcomes = Set.copyOf(outcomes);
        neverRecommends = List.copyOf(neverRecommends);
        excludes = List.copyOf(excludes);
    }

    /** Whether the requirement asks for anything at all (a policy must). */
    public boolean isEmpty() {
        return outcomes.isEmpty() && urgencyAtLeast.isEmpty() && neverRecommends.isEmpty() && excludes.isEmpty()
                && !noTechniques && !neverGivenAndExcluded;
    }
}
