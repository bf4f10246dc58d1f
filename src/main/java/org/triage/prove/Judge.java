package org.triage.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.triage.engine.Engine;
import org.triage.engine.Recommendation;
import org.triage.engine.TechniqueResult;
import org.triage.rules.Answers;
import org.triage.rules.Outcome;
import org.triage.rules.Policy;
import org.triage.rules.Requirement;
import org.triage.rules.RuleSet;

/**
 * Whether a policy holds for one intake, by the real engine: the check every counterexample passes through before it
 * is shown. The policy's {@code for} is tested on the answers that apply, as the rules' conditions are.
 */
public final class Judge {

    private Judge() {
    }

    /** Whether the intake breaks the policy under the rule set. */
    public static boolean breaks(RuleSet ruleSet, Policy policy, Answers answers) {
        Answers applicable = ruleSet.questionnaire().applicable(answers);
        if (policy.when().isPresent() && !policy.when().get().test(applicable)) {
            return false;
        }
        return !unmet(policy.requirement(), Engine.evaluate(ruleSet, answers)).isEmpty();
    }

    /** What the result does that the requirement forbids, in words; empty when it meets the requirement. */
    public static List<String> unmet(Requirement req, Recommendation r) {
        List<String> out = new ArrayList<>();
        List<String> given = ids(r.techniques());
        List<String> excluded = ids(r.excluded());
        if (!req.outcomes().isEmpty() && !req.outcomes().contains(r.outcome())) {
            out.add("the outcome is " + r.outcome().id() + ", not " + req.outcomes().stream().sorted()
                    .map(Outcome::id).collect(Collectors.joining(" or ")));
        }
        req.urgencyAtLeast().ifPresent(u -> {
            if (r.referral().map(ref -> u.moreUrgentThan(ref.urgency())).orElse(true)) {
                out.add((r.referral().isEmpty() ? "there is no referral" : "the referral is " + r.referral().get()
                        .urgency().id()) + ", not at least " + u.id());
            }
        });
        req.neverRecommends().stream().filter(given::contains).forEach(t -> out.add(t + " is given"));
        req.excludes().stream().filter(t -> !excluded.contains(t)).forEach(t -> out.add(t + " is not ruled out"));
        if (req.noTechniques() && !given.isEmpty()) {
            out.add(String.join(", ", given) + (given.size() == 1 ? " is" : " are") + " given");
        }
        if (req.neverGivenAndExcluded()) {
            given.stream().filter(excluded::contains).forEach(t -> out.add(t + " is both given and ruled out"));
        }
        return out;
    }

    private static List<String> ids(List<TechniqueResult> results) {
        return results.stream().map(t -> t.technique().id()).toList();
    }
}
