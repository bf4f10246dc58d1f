package org.triage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Approach;
import org.triage.rules.Field;
import org.triage.rules.Outcome;
import org.triage.rules.Precaution;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Technique;
import org.triage.rules.Urgency;

/**
 * {@code evaluate(ruleSet, answers)}: pure and deterministic, no I/O. The precedence is the
 * engine's, not the file order's: a referral beats everything; then a missing screening answer
 * gives incomplete; an exclusion beats any recommendation; the scores decide the approach.
 */
public final class Engine {

    private Engine() {
    }

    public static Recommendation evaluate(RuleSet ruleSet, Answers given) {
        Answers answers = ruleSet.questionnaire().applicable(given);
        List<String> ignored = ignored(ruleSet, given, answers);
        List<Firing> fired = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            if (rule.when().test(answers)) {
                fired.add(new Firing(rule, usedAnswers(rule, answers)));
            }
        }
        Map<Approach, Integer> scores = new EnumMap<>(Approach.class);
        for (Approach a : Approach.values()) {
            scores.put(a, fired.stream().mapToInt(f -> f.rule().effects().score(a)).sum());
        }
        List<String> missing = ruleSet.questionnaire().screening().stream().map(Field::id)
                .filter(id -> !answers.has(id)).toList();
        Optional<String> clientId = answers.get("client_id").map(Answer::display);
        Optional<Referral> referral = referral(fired);
        if (referral.isPresent() || !missing.isEmpty()) {
            Outcome outcome = referral.isPresent() ? Outcome.REFER : Outcome.INCOMPLETE;
            return new Recommendation(clientId, outcome, referral, scores, List.of(), List.of(), List.of(), fired,
                    missing, ignored, ruleSet.version(), ruleSet.sha256());
        }
        Approach winner = ruleSet.decision().decide(scores.get(Approach.MASSAGE), scores.get(Approach.STM));
        List<TechniqueResult> excluded = new ArrayList<>();
        List<TechniqueResult> given2 = new ArrayList<>();
        for (Technique t : ruleSet.techniques()) {
            if (t.approach() != winner) {
                continue;
            }
            List<Reason> against = reasons(fired, r -> r.effects().exclude().contains(t.id()));
            List<Reason> forIt = reasons(fired, r -> r.effects().recommend().contains(t.id()));
            if (!against.isEmpty()) {
                excluded.add(new TechniqueResult(t, against));
            } else if (!forIt.isEmpty()) {
                given2.add(new TechniqueResult(t, forIt));
            }
        }
        List<PrecautionResult> precautions = precautions(fired, given2);
        return new Recommendation(clientId, winner == Approach.MASSAGE ? Outcome.MASSAGE : Outcome.STM, Optional.empty(),
                scores, given2, excluded, precautions, fired, missing, ignored, ruleSet.version(), ruleSet.sha256());
    }

    /**
     * The answers given to questions that do not apply, in the questionnaire's order, so that the
     * result does not depend on the order the answers came in.
     */
    private static List<String> ignored(RuleSet ruleSet, Answers given, Answers applicable) {
        return ruleSet.questionnaire().ids().stream().filter(id -> given.has(id) && !applicable.has(id)).toList();
    }

    private static Optional<Referral> referral(List<Firing> fired) {
        List<Rule> referring = fired.stream().map(Firing::rule).filter(Rule::refers)
                .sorted(Comparator.comparing((Rule r) -> r.effects().refer().orElseThrow())).toList();
        if (referring.isEmpty()) {
            return Optional.empty();
        }
        Urgency urgency = referring.get(0).effects().refer().orElseThrow();
        return Optional.of(new Referral(urgency, reasons(referring)));
    }

    private static List<Reason> reasons(List<Firing> fired, java.util.function.Predicate<Rule> which) {
        return reasons(fired.stream().map(Firing::rule).filter(which).toList());
    }

    /** One reason per distinct client-facing sentence, in rule order. */
    private static List<Reason> reasons(List<Rule> rules) {
        Map<String, Reason> byText = new LinkedHashMap<>();
        for (Rule r : rules) {
            byText.putIfAbsent(r.because(), new Reason(r.id(), r.because()));
        }
        return List.copyOf(byText.values());
    }

    /** The precautions that concern a technique that is given, without repeats. */
    private static List<PrecautionResult> precautions(List<Firing> fired, List<TechniqueResult> given) {
        Set<PrecautionResult> out = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (TechniqueResult t : given) {
            for (Firing f : fired) {
                for (Precaution p : f.rule().effects().precautions()) {
                    if (p.techniques().contains(t.technique().id()) && seen.add(t.technique().id() + "\0" + p.note())) {
                        out.add(new PrecautionResult(t.technique().id(), p.note(), f.rule().id()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, Answer> usedAnswers(Rule rule, Answers answers) {
        Set<String> fields = new LinkedHashSet<>();
        rule.when().collectFields(fields);
        Map<String, Answer> used = new LinkedHashMap<>();
        for (String id : fields) {
            answers.get(id).ifPresent(a -> used.put(id, a));
        }
        return used;
    }
}
