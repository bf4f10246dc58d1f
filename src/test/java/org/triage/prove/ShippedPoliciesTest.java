package org.triage.prove;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triage.rules.Policy;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/** The shipped rule set proves every shipped policy, and the policies cover what the clinical brief asks. */
class ShippedPoliciesTest {

    static RuleSet shipped;

    @BeforeAll
    static void load() {
        shipped = RuleSetLoader.builtIn().ruleSet().orElseThrow();
    }

    @Test
    void everyShippedPolicyIsProven() {
        Proof proof = Prover.prove(shipped);
        assertThat(proof.results()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(proof.results()).allSatisfy(r -> assertThat(r.status()).as(r.policy().id())
                .isEqualTo(PolicyResult.Status.PROVEN));
    }

    @Test
    void everyPolicyCitesSourcesOfTheRuleSet() {
        assertThat(shipped.policies()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty()
                .allMatch(shipped.sources()::containsKey));
    }

    @Test
    void theBriefsSafetyStatementsAreAllThere() {
        assertThat(shipped.policies().stream().map(Policy::id)).contains(
                "policy.emergency_flags_call_now", "policy.urgent_flags_refer_today", "policy.routine_flags_refer",
                "policy.missing_screening_no_technique", "policy.needles_refused", "policy.needles_unsure",
                "policy.consent_none_no_technique", "policy.representative_no_needling_or_art",
                "policy.anticoagulants_no_percussion", "policy.bleeding_disorder",
                "policy.pregnancy_first_trimester_no_needling", "policy.open_wound_at_site",
                "policy.skin_infection_at_site", "policy.unhealed_fracture_at_site", "policy.recent_surgery_at_site",
                "policy.acute_injury_at_site", "policy.cancer_active", "policy.given_or_excluded",
                "policy.cancer_spinal_pain_urgent");
    }
}
