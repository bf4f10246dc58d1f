package org.triage.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.triage.engine.Engine;
import org.triage.engine.Recommendation;
import org.triage.rules.Answers;
import org.triage.rules.Policy;
import org.triage.rules.RuleSet;

/**
 * On generated rule sets and policies: a proven policy is broken by no intake, a counterexample is one the engine
 * agrees breaks the policy, and a policy is vacuous exactly when no intake is one it is for. The generated
 * questionnaire is small enough to list every intake it allows, so "no intake" is checked in full, not sampled;
 * generated raw intakes (with answers to follow-ups that do not apply) are checked too.
 */
class ProverProperties {

    private static final List<Answers> EVERY_INTAKE = GeneratedRuleSets.everyIntake();

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return GeneratedRuleSets.ruleSets();
    }

    @Provide
    Arbitrary<List<Answers>> intakes() {
        return GeneratedRuleSets.intakes().list().ofSize(50);
    }

    @Property(tries = 40)
    void theProverAndTheEngineAgreeOnEveryIntake(@ForAll("ruleSets") RuleSet ruleSet,
                                                 @ForAll("intakes") List<Answers> raw) {
        Proof proof = Prover.prove(ruleSet); // a counterexample the engine does not confirm throws ProverBug
        int n = proof.results().size();
        boolean[] broken = new boolean[n];
        boolean[] forSome = new boolean[n];
        for (Answers intake : EVERY_INTAKE) {
            Answers applicable = ruleSet.questionnaire().applicable(intake);
            Recommendation rec = Engine.evaluate(ruleSet, intake);
            for (int i = 0; i < n; i++) {
                Policy p = proof.results().get(i).policy();
                if (p.when().map(c -> c.test(applicable)).orElse(true)) {
                    forSome[i] = true;
                    broken[i] |= !Judge.unmet(p.requirement(), rec).isEmpty();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            PolicyResult r = proof.results().get(i);
            switch (r.status()) {
                case PROVEN -> {
                    assertThat(broken[i]).as("%s proven, but an intake breaks it", r.policy()).isFalse();
                    assertThat(raw).noneMatch(a -> Judge.breaks(ruleSet, r.policy(), a));
                }
                case BROKEN -> assertThat(Judge.breaks(ruleSet, r.policy(), r.counterexample().orElseThrow())).isTrue();
                case VACUOUS -> assertThat(forSome[i]).as("vacuous, but an intake meets 'for'").isFalse();
            }
            assertThat(forSome[i]).isEqualTo(r.status() != PolicyResult.Status.VACUOUS);
            Statistics.label("status").collect(r.status());
        }
        Statistics.label("status").coverage(c -> {
            c.check(PolicyResult.Status.PROVEN).count(k -> k >= 5);
            c.check(PolicyResult.Status.BROKEN).count(k -> k >= 5);
        });
    }
}
