package org.triage.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.rules.AnswerSlots;
import org.triage.rules.Answers;
import org.triage.rules.Approach;
import org.triage.rules.CompiledRules;
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
        return evaluate(ruleSet, AnswerSlots.of(ruleSet.questionnaire(), given));
    }

    /** As {@link #evaluate(RuleSet, Answers)}, on answers held by question position; {@code given} is not changed. */
    public static Recommendation evaluate(RuleSet ruleSet, AnswerSlots given) {
        CompiledRules compiled = ruleSet.compiled();
        AnswerSlots answers = given;
        List<String> ignored = List.of();
        for (int k = 0; k < compiled.followUpCount(); k++) { // a follow-up depends only on earlier questions
            int f = compiled.followUp(k);
            if (answers.answered(f) && !compiled.asked(f, answers)) {
                if (answers == given) {
                    answers = given.copy();
                    ignored = new ArrayList<>(2);
                }
                answers.clear(f);
                ignored.add(ruleSet.questionnaire().fields().get(f).id());
            }
        }
        List<Firing> fired = new ArrayList<>();
        int massage = 0;
        int stm = 0;
        Urgency urgency = null;
        List<Rule> rules = ruleSet.rules();
        for (int i = 0; i < rules.size(); i++) {
            if (compiled.fires(i, answers)) {
                Rule rule = rules.get(i);
                fired.add(new Firing(rule, answers));
                massage += rule.effects().score(Approach.MASSAGE);
                stm += rule.effects().score(Approach.STM);
                Urgency u = rule.effects().refer().orElse(null);
                if (u != null && (urgency == null || u.moreUrgentThan(urgency))) {
                    urgency = u;
                }
            }
        }
        Map<Approach, Integer> scores = new EnumMap<>(Approach.class);
        scores.put(Approach.MASSAGE, massage);
        scores.put(Approach.STM, stm);
        List<String> missing = List.of();
        for (int k = 0; k < compiled.screeningCount(); k++) {
            int f = compiled.screening(k);
            if (!answers.answered(f)) {
                if (missing.isEmpty()) {
                    missing = new ArrayList<>(2);
                }
                missing.add(ruleSet.questionnaire().fields().get(f).id());
            }
        }
        int client = compiled.clientId();
        Optional<String> clientId = client >= 0 && answers.answered(client)
                ? Optional.of(answers.answer(client).display()) : Optional.empty();
        if (urgency != null || !missing.isEmpty()) {
            Optional<Referral> referral = urgency == null ? Optional.empty() : Optional.of(referral(fired));
            Outcome outcome = referral.isPresent() ? Outcome.REFER : Outcome.INCOMPLETE;
            return new Recommendation(clientId, outcome, referral, scores, List.of(), List.of(), List.of(), fired,
                    missing, ignored, ruleSet.version(), ruleSet.sha256());
        }
        Approach winner = ruleSet.decision().decide(massage, stm);
        Map<String, List<Reason>> forIt = new HashMap<>();
        Map<String, List<Reason>> against = new HashMap<>();
        for (int i = 0; i < fired.size(); i++) {
            Rule r = fired.get(i).rule();
            List<String> recommend = r.effects().recommend();
            for (int j = 0; j < recommend.size(); j++) {
                addReason(forIt, recommend.get(j), r);
            }
            List<String> exclude = r.effects().exclude();
            for (int j = 0; j < exclude.size(); j++) {
                addReason(against, exclude.get(j), r);
            }
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
        return new Recommendation(clientId, winner == Approach.MASSAGE ? Outcome.MASSAGE : Outcome.STM, Optional.empty(),
                scores, techniques, excluded, precautions(fired, techniques), fired, missing, ignored,
                ruleSet.version(), ruleSet.sha256());
    }

    /** Adds the rule's reason to a technique's list, once per distinct client-facing sentence. */
    private static void addReason(Map<String, List<Reason>> reasons, String techniqueId, Rule rule) {
        List<Reason> list = reasons.computeIfAbsent(techniqueId, k -> new ArrayList<>(2));
        for (Reason r : list) {
            if (r.text().equals(rule.because())) {
                return;
            }
        }
        list.add(new Reason(rule.id(), rule.because()));
    }

    /** The referral: its urgency is the highest that fired; its reasons, most urgent first, once each. */
    private static Referral referral(List<Firing> fired) {
        Map<String, Reason> byText = new LinkedHashMap<>();
        Urgency top = null;
        for (Urgency u : Urgency.values()) {
            for (Firing f : fired) {
                if (f.rule().effects().refer().orElse(null) == u) {
                    top = top == null ? u : top;
                    byText.putIfAbsent(f.rule().because(), new Reason(f.rule().id(), f.rule().because()));
                }
            }
        }
        return new Referral(top, List.copyOf(byText.values()));
    }

    /** The precautions that concern a technique that is given, without repeats, in the order of the techniques. */
    private static List<PrecautionResult> precautions(List<Firing> fired, List<TechniqueResult> given) {
        Map<String, List<PrecautionResult>> byTechnique = new LinkedHashMap<>();
        for (TechniqueResult t : given) {
            byTechnique.put(t.technique().id(), new ArrayList<>(2));
        }
        for (int i = 0; i < fired.size(); i++) {
            Firing f = fired.get(i);
            List<Precaution> precautions = f.rule().effects().precautions();
            for (int j = 0; j < precautions.size(); j++) {
                Precaution p = precautions.get(j);
                for (int k = 0; k < p.techniques().size(); k++) {
                    String id = p.techniques().get(k);
                    List<PrecautionResult> list = byTechnique.get(id);
                    if (list != null && list.stream().noneMatch(x -> x.note().equals(p.note()))) {
                        list.add(new PrecautionResult(id, p.note(), f.rule().id()));
                    }
                }
            }
        }
        List<PrecautionResult> out = new ArrayList<>();
        byTechnique.values().forEach(out::addAll);
        return out;
    }
}
