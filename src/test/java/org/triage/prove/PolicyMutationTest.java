package org.triage.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.engine.Engine;
import org.triage.rules.Answers;
import org.triage.rules.Effects;
import org.triage.rules.Field;
import org.triage.rules.Policy;
import org.triage.rules.Questionnaire;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import org.triage.rules.Urgency;

/**
 * For each shipped policy, a copy of the shipped rule set with one rule changed so that the policy breaks: the
 * prover finds an intake that breaks it, the engine confirms it on that intake, and the shipped rules keep the
 * policy on the same intake (so the change, not the intake, broke it). Changes that keep a policy keep it proven.
 */
class PolicyMutationTest {

    static RuleSet shipped;

    @BeforeAll
    static void load() {
        shipped = RuleSetLoader.builtIn().ruleSet().orElseThrow();
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                m("policy.emergency_flags_call_now", refer("redflag.chest_pain", Urgency.URGENT)),
                m("policy.urgent_flags_refer_today", refer("redflag.cannot_bear_weight", Urgency.ROUTINE)),
                m("policy.routine_flags_refer", remove("redflag.night_pain")),
                m("policy.cancer_spinal_pain_urgent", refer("redflag.cancer_spinal_pain", Urgency.ROUTINE)),
                m("policy.hypertension_refers", remove("redflag.uncontrolled_hypertension")),
                m("policy.pregnancy_warning_signs_urgent", refer("redflag.pregnancy_warning_signs", Urgency.ROUTINE)),
                m("policy.consent_none_no_technique", remove("consent.none")),
                m("policy.representative_no_needling_or_art", unexclude("consent.representative", "active_release")),
                m("policy.guardian_for_adult_no_needling_or_art", unexclude("consent.guardian_not_minor", "dry_needling")),
                m("policy.minor_own_consent_no_needling", remove("consent.minor_without_guardian")),
                m("policy.needles_refused", remove("contra.needles_refused")),
                m("policy.needles_unsure", remove("contra.needles_unsure")),
                m("policy.needles_not_asked", remove("contra.needles_not_asked")),
                m("policy.anticoagulants_no_percussion", remove("contra.anticoagulants")),
                m("policy.bleeding_disorder", unexclude("contra.bleeding_disorder", "kneading")),
                m("policy.pregnancy_first_trimester_no_needling", remove("pregnancy.first_trimester")),
                m("policy.pregnancy_no_percussion_on_legs", remove("pregnancy.percussion_legs_treated")),
                m("policy.open_wound_at_site", unexclude("contra.open_wound", "effleurage")),
                m("policy.skin_infection_at_site", unexclude("contra.skin_infection", "dry_needling")),
                m("policy.acute_injury_at_site", unexclude("acuity.acute_injury_at_site", "movement_assessment")),
                m("policy.hematoma_at_site", unexclude("contra.hematoma", "iastm")),
                m("policy.unhealed_fracture_at_site", unexclude("acuity.unhealed_fracture_at_site", "iastm")),
                m("policy.recent_surgery_at_site", unexclude("acuity.recent_surgery_at_site", "dry_needling")),
                m("policy.cancer_active", unexclude("contra.cancer_active", "iastm")),
                m("policy.osteoporosis_no_percussion", remove("contra.osteoporosis")),
                m("policy.varicose_veins_legs", unexclude("contra.varicose_veins_legs_treated", "active_release")),
                m("policy.neuropathy_feet_no_iastm", remove("contra.diabetes_neuropathy_feet_treated")),
                m("policy.inflammatory_flare_at_site", unexclude("contra.inflammatory_flare", "dry_needling")),
                m("policy.kidney_liver_failure_no_iastm", remove("contra.kidney_liver_failure")),
                m("policy.instrument_intolerance_no_iastm", remove("contra.instrument_intolerance")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aChangedRuleBreaksThePolicyAndTheEngineAgrees(String policyId, UnaryOperator<List<Rule>> change) {
        RuleSet changed = shipped.with(change.apply(new ArrayList<>(shipped.rules())), shipped.policies());
        PolicyResult result = resultOf(Prover.prove(changed), policyId);
        assertThat(result.status()).isEqualTo(PolicyResult.Status.BROKEN);
        Answers intake = result.counterexample().orElseThrow();
        assertThat(Judge.breaks(changed, result.policy(), intake)).as("the engine confirms").isTrue();
        assertThat(Judge.unmet(result.policy().requirement(), Engine.evaluate(changed, intake))).isNotEmpty();
        assertThat(Judge.breaks(shipped, result.policy(), intake)).as("the shipped rules keep it").isFalse();
    }

    /** The two policies the engine itself guarantees: no rule change can break them, only the questionnaire's. */
    @Test
    void aScreeningQuestionMadeOptionalBreaksTheMissingScreeningPolicy() {
        List<Field> fields = new ArrayList<>();
        for (Field f : shipped.questionnaire().fields()) {
            fields.add(f.id().equals("goals") ? new Field(f.id(), f.type(), f.prompt(), f.help(), f.options(), f.min(),
                    f.max(), false, f.askWhen()) : f);
        }
        RuleSet shippedPolicies = shipped;
        RuleSet changed = new RuleSet(shipped.version(), shipped.content(), shipped.decision(), shipped.techniques(),
                shipped.sources(), new Questionnaire(fields), shippedPolicies.rules(), List.of(), shipped.policies());
        PolicyResult result = resultOf(Prover.prove(changed), "policy.missing_screening_no_technique");
        assertThat(result.status()).isEqualTo(PolicyResult.Status.BROKEN);
        assertThat(result.counterexample().orElseThrow().has("goals")).isFalse();
        assertThat(Judge.breaks(changed, result.policy(), result.counterexample().get())).isTrue();
    }

    @Test
    void changesThatKeepAPolicyKeepItProven() {
        List<Rule> rules = new ArrayList<>(shipped.rules());
        rules = remove("consent.dry_needling_informed").apply(rules); // a precaution only
        rules = remove("contra.percussion_trunk").apply(rules);
        rules = remove("contra.needles_refused").apply(rules); // breaks needles_refused alone
        Proof proof = Prover.prove(shipped.with(rules, shipped.policies()));
        assertThat(proof.results()).filteredOn(r -> !r.holds()).extracting(r -> r.policy().id())
                .containsExactly("policy.needles_refused");
    }

    @Test
    void everyShippedPolicyHasAMutationOrIsTheEnginesOwn() {
        List<String> mutated = mutations().map(a -> (String) a.get()[0]).toList();
        assertThat(shipped.policies().stream().map(Policy::id).filter(id -> !mutated.contains(id)))
                .containsExactlyInAnyOrder("policy.missing_screening_no_technique", "policy.given_or_excluded");
    }

    private static PolicyResult resultOf(Proof proof, String id) {
        return proof.results().stream().filter(r -> r.policy().id().equals(id)).findFirst().orElseThrow();
    }

    private static Arguments m(String policy, UnaryOperator<List<Rule>> change) {
        return Arguments.of(policy, change);
    }

    static UnaryOperator<List<Rule>> remove(String ruleId) {
        return rules -> {
            assertThat(rules.removeIf(r -> r.id().equals(ruleId))).as(ruleId).isTrue();
            return rules;
        };
    }

    static UnaryOperator<List<Rule>> unexclude(String ruleId, String technique) {
        return edit(ruleId, e -> new Effects(e.scores(), e.recommend(),
                e.exclude().stream().filter(t -> !t.equals(technique)).toList(), e.precautions(), e.refer()));
    }

    static UnaryOperator<List<Rule>> refer(String ruleId, Urgency urgency) {
        return edit(ruleId, e -> new Effects(e.scores(), e.recommend(), e.exclude(), e.precautions(),
                Optional.of(urgency)));
    }

    private static UnaryOperator<List<Rule>> edit(String ruleId, UnaryOperator<Effects> change) {
        return rules -> {
            int i = indexOf(rules, ruleId);
            Rule r = rules.get(i);
            Effects changed = change.apply(r.effects());
            assertThat(changed).as(ruleId + " changed").isNotEqualTo(r.effects());
            rules.set(i, new Rule(r.id(), r.description(), r.because(), r.sources(), r.when(), changed, r.location()));
            return rules;
        };
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no rule " + id + " in " + Map.of("rules", rules.size()));
    }
}
