package org.triage.prove;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.triage.rules.Policy;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * Trust, but check: a counterexample the engine does not confirm is a bug of the prover, never a clinical failure.
 * The solver is given the clauses of a rule set without the needle-refusal exclusion while the engine judges with
 * the shipped rules, so that they disagree as a wrong encoding would.
 */
class ProverBugTest {

    @Test
    void anIntakeTheEngineDoesNotConfirmIsAProverBug() {
        RuleSet shipped = RuleSetLoader.builtIn().ruleSet().orElseThrow();
        RuleSet withoutRefusal = shipped.with(PolicyMutationTest.remove("contra.needles_refused")
                .apply(new ArrayList<>(shipped.rules())), shipped.policies());
        Policy needles = shipped.policies().stream().filter(p -> p.id().equals("policy.needles_refused"))
                .findFirst().orElseThrow();
        PolicyCheck mismatched = new PolicyCheck(shipped, new Encoding(withoutRefusal));

        assertThatThrownBy(() -> mismatched.check(needles)).isInstanceOf(ProverBug.class)
                .hasMessageContaining("policy.needles_refused").hasMessageContaining("the engine says the policy holds");
        assertThat(new PolicyCheck(shipped, new Encoding(shipped)).check(needles).holds()).isTrue();
    }
}
