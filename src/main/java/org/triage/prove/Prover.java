package org.triage.prove;

import java.util.ArrayList;
import java.util.List;
import org.triage.rules.Policy;
import org.triage.rules.RuleSet;

/**
 * {@code prove(ruleSet)}: each policy of the rule set decided for every intake the questionnaire allows, by a SAT
 * solver over the rule set's {@link Encoding}, made once for all the policies. Pure: no input or output.
 */
public final class Prover {

    private Prover() {
    }

    /**
     * The result of every policy of the rule set, in file order.
     *
     * @throws ProverBug when the solver and the engine disagree on an intake
     */
    public static Proof prove(RuleSet ruleSet) {
        return prove(ruleSet, ruleSet.policies());
    }

    /** As {@link #prove(RuleSet)}, for the given policies (their conditions' thresholds cut the number ranges). */
    public static Proof prove(RuleSet ruleSet, List<Policy> policies) {
        RuleSet withPolicies = ruleSet.policies().equals(policies) ? ruleSet : ruleSet.with(ruleSet.rules(), policies);
        Encoding encoding = new Encoding(withPolicies);
        PolicyCheck check = new PolicyCheck(withPolicies, encoding);
        List<PolicyResult> results = new ArrayList<>(policies.size());
        for (Policy p : policies) {
            results.add(check.check(p));
        }
        return new Proof(results, encoding.variableCount(), encoding.constraintCount());
    }
}
