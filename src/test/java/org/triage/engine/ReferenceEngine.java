package org.triage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The engine as first written: answers by field id, {@link Condition#test} on each rule, follow-ups that do not
 * apply dropped by {@link org.triage.rules.Questionnaire#applicable}, reasons and precautions gathered through maps.
 * Slow and plain; the engine that runs compiles all this to positions and bits, and must give the same results.
 */
final class ReferenceEngine {

    /** What the reference decides, in the terms of a {@link Recommendation}. */
    record Result(Optional<String> clientId, Outcome outcome, Optional<Referral> referral, int massage, int stm,
                  List<TechniqueResult> techniques, List<TechniqueResult> excluded, List<PrecautionResult> precautions,
                  List<String> fired, List<String> missing, List<String> ignored) {

        static Result of(Recommendation r) {
            return new Result(r.clientId(), r.outcome(), r.referral(), r.score(Approach.MASSAGE), r.score(Approach.STM),
                    r.techniques(), r.excluded(), r.precautions(), r.rulesFired(), r.missing(), r.ignored());
        }
    }

    private ReferenceEngine() {
    }

    static Result evaluate(RuleSet ruleSet, Answers given) {
        Answers answers = ruleSet.questionnaire().applicable(given);
        List<Rule> fired = new ArrayList<>();
        int massage = 0;
        int stm = 0;
        Urgency urgency = null;
        for (Rule rule : ruleSet.rules()) {
            if (rule.when().test(answers)) {
                fired.add(rule);
                massage += rule.effects().score(Approach.MASSAGE);
                stm += rule.effects().score(Approach.STM);
                Urgency u = rule.effects().refer().orElse(null);
                if (u != null && (urgency == null || u.moreUrgentThan(urgency))) {
                    urgency = u;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Field f : ruleSet.questionnaire().screening()) {
            if (!answers.has(f.id())) {
                missing.add(f.id());
            }
        }
        Optional<String> clientId = answers.get("client_id").map(Answer::display);
        List<String> ignored = new ArrayList<>();
        for (String id : ruleSet.questionnaire().ids()) {
            if (given.has(id) && !answers.has(id)) {
                ignored.add(id);
            }
        }
        List<String> firedIds = fired.stream().map(Rule::id).toList();
        if (urgency != null || !missing.isEmpty()) {
            Optional<Referral> referral = urgency == null ? Optional.empty() : Optional.of(referral(fired));
            List<TechniqueResult> ruledOut = new ArrayList<>();
            referral.ifPresent(ref -> ruleSet.techniques().forEach(t -> ruledOut.add(new TechniqueResult(t, ref.because()))));
            return new Result(clientId, referral.isPresent() ? Outcome.REFER : Outcome.INCOMPLETE, referral, massage, stm,
                    List.of(), ruledOut, List.of(), firedIds, missing, ignored);
        }
        Approach winner = ruleSet.decision().decide(massage, stm);
        Map<String, List<Reason>> forIt = new HashMap<>();
        Map<String, List<Reason>> against = new HashMap<>();
        for (Rule r : fired) {
            r.effects().recommend().forEach(t -> addReason(forIt, t, r));
            r.effects().exclude().forEach(t -> addReason(against, t, r));
        }
        List<TechniqueResult> excluded = new ArrayList<>();
        List<TechniqueResult> techniques = new ArrayList<>();
        for (Technique t : ruleSet.techniques()) {
            if (t.approach() != winner) {
                continue;
            }
            if (against.containsKey(t.id())) {
                excluded.add(new TechniqueResult(t, against.get(t.id())));
            } else if (forIt.containsKey(t.id())) {
                techniques.add(new TechniqueResult(t, forIt.get(t.id())));
            }
        }
        return new Result(clientId, winner == Approach.MASSAGE ? Outcome.MASSAGE : Outcome.STM, Optional.empty(), massage,
                stm, techniques, excluded, precautions(fired, techniques), firedIds, missing, ignored);
    }

    private static void addReason(Map<String, List<Reason>> reasons, String techniqueId, Rule rule) {
        List<Reason> list = reasons.computeIfAbsent(techniqueId, k -> new ArrayList<>());
        if (list.stream().noneMatch(r -> r.text().equals(rule.because()))) {
            list.add(new Reason(rule.id(), rule.because()));
        }
    }

    /** The reasons of the most urgent referral rules that fired; the others' as {@code also}, by urgency; each sentence once. */
    private static Referral referral(List<Rule> fired) {
        Map<String, Reason> byText = new LinkedHashMap<>();
        List<Reason> because = new ArrayList<>();
        List<Referral.Also> also = new ArrayList<>();
        Urgency top = null;
        for (Urgency u : Urgency.values()) {
            for (Rule r : fired) {
                if (r.effects().refer().orElse(null) == u && !byText.containsKey(r.because())) {
                    top = top == null ? u : top;
                    Reason reason = new Reason(r.id(), r.because());
                    byText.put(r.because(), reason);
                    if (u == top) {
                        because.add(reason);
                    } else {
                        also.add(new Referral.Also(u, reason));
                    }
                }
            }
        }
        return new Referral(top, because, also);
    }

    private static List<PrecautionResult> precautions(List<Rule> fired, List<TechniqueResult> given) {
        Map<String, List<PrecautionResult>> byTechnique = new LinkedHashMap<>();
        for (TechniqueResult t : given) {
            byTechnique.put(t.technique().id(), new ArrayList<>());
        }
        for (Rule r : fired) {
            for (Precaution p : r.effects().precautions()) {
                for (String id : p.techniques()) {
                    List<PrecautionResult> list = byTechnique.get(id);
                    if (list != null && list.stream().noneMatch(x -> x.note().equals(p.note()))) {
                        list.add(new PrecautionResult(id, p.note(), r.id()));
                    }
                }
            }
        }
        List<PrecautionResult> out = new ArrayList<>();
        byTechnique.values().forEach(out::addAll);
        return out;
    }
}
