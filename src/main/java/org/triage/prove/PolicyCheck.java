package org.triage.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triage.engine.Engine;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Option;
import org.triage.rules.Policy;
import org.triage.rules.RuleSet;

/**
 * Decides one policy on the encoding: an intake the policy is for whose result does not meet it, or none. A found
 * intake is run through the engine; when the engine says the policy holds for it, the prover has a bug. Otherwise it
 * is made small for a reader: each answer, and each option of a multi-choice answer, is left out while the engine
 * still shows the policy broken.
 */
final class PolicyCheck {

    private final RuleSet ruleSet;
    private final Encoding encoding;

    PolicyCheck(RuleSet ruleSet, Encoding encoding) {
        this.ruleSet = ruleSet;
        this.encoding = encoding;
    }

    PolicyResult check(Policy policy) {
        int applies = encoding.applies(policy);
        Optional<Answers> found = encoding.intake(applies, -encoding.meets(policy.requirement()));
        if (found.isEmpty()) {
            return encoding.intake(applies).isPresent() ? PolicyResult.proven(policy) : PolicyResult.vacuous(policy);
        }
        if (!Judge.breaks(ruleSet, policy, found.get())) {
            throw new ProverBug(policy.id());
        }
        Answers small = shrink(policy, found.get());
        return PolicyResult.broken(policy, small, Engine.evaluate(ruleSet, small));
    }

    private Answers shrink(Policy policy, Answers answers) {
        Answers current = answers;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (Answers candidate : oneLess(current)) {
                if (Judge.breaks(ruleSet, policy, candidate)) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    /**
     * The intakes with one answer, or one option of a multi-choice answer, left out, or a multi-choice answer
     * replaced by its exclusive option (such as {@code none}): each says less than the intake.
     */
    private List<Answers> oneLess(Answers answers) {
        List<Answers> out = new ArrayList<>();
        answers.values().forEach((field, answer) -> {
            out.add(answers.without(field));
            if (answer instanceof Answer.Choices c) {
                ruleSet.questionnaire().field(field).ifPresent(f -> f.options().stream().filter(Option::exclusive)
                        .filter(o -> !c.ids().equals(List.of(o.id())))
                        .forEach(o -> out.add(answers.with(field, new Answer.Choices(List.of(o.id()))))));
            }
            if (answer instanceof Answer.Choices c && c.ids().size() > 1) {
                for (String id : c.ids()) {
                    List<String> rest = new ArrayList<>(c.ids());
                    rest.remove(id);
                    out.add(answers.with(field, new Answer.Choices(rest)));
                }
            }
        });
        return out;
    }
}
