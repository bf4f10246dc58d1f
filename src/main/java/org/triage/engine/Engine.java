package org.triage.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.rules.AnswerSlots;
import org.triage.rules.Answers;
import org.triage.rules.Approach;
import org.triage.rules.CompiledRules;
import org.triage.rules.Outcome;
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

    /** By ordinal: the most urgent first. */
    private static final Urgency[] URGENCIES = Urgency.values();

    private Engine() {
    }

    /**
     * The recommendation for one intake.
     *
     * @throws IllegalArgumentException for an answer that does not fit its field (answers are checked when read)
     */
    public static Recommendation evaluate(RuleSet ruleSet, Answers given) {
        return evaluate(ruleSet, AnswerSlots.of(ruleSet.questionnaire(), given));
    }

    /**
     * As {@link #evaluate(RuleSet, Answers)}, on answers held by question position. {@code given} is not changed;
     * the result's firings refer to it (for {@code --explain}), so it must not be changed afterwards either.
     *
     * @throws IllegalArgumentException when the answers were made for another rule set's questionnaire
     */
    public static Recommendation evaluate(RuleSet ruleSet, AnswerSlots given) {
        return recommendation(decide(ruleSet, given));
    }

    /**
     * The decision alone, without the reasons and trace worked out: what a batch needs of most rows.
     *
     * @throws IllegalArgumentException when the answers were made for another rule set's questionnaire
     */
    public static Verdict decide(RuleSet ruleSet, AnswerSlots given) {
        if (given.questionnaire() != ruleSet.questionnaire()) {
            throw new IllegalArgumentException("answers held for another questionnaire");
        }
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
        long[] candidates = new long[CompiledRules.words(ruleSet.rules().size())];
        compiled.mayFire(answers, candidates);
        int mayFire = 0;
        for (long word : candidates) {
            mayFire += Long.bitCount(word);
        }
        int[] fires = new int[mayFire];
        long[] firedSet = new long[candidates.length];
        int firedCount = 0;
        int massage = 0;
        int stm = 0;
        int referral = CompiledRules.NO_REFERRAL;
        for (int w = 0; w < candidates.length; w++) { // in rule order
            for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (compiled.fires(i, answers)) {
                    fires[firedCount++] = i;
                    firedSet[w] |= 1L << i;
                    massage += compiled.score(i, Approach.MASSAGE);
                    stm += compiled.score(i, Approach.STM);
                    referral = Math.min(referral, compiled.referralLevel(i)); // no branch a rare row could trip
                }
            }
        }
        Urgency urgency = referral == CompiledRules.NO_REFERRAL ? null : URGENCIES[referral];
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
            return new Verdict(ruleSet, answers, fires, firedCount, firedSet, massage, stm, urgency,
                    urgency != null ? Outcome.REFER : Outcome.INCOMPLETE, missing, ignored, clientId, null);
        }
        Approach winner = ruleSet.decision().decide(massage, stm);
        List<Technique> all = ruleSet.techniques();
        byte[] status = new byte[all.size()];
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).approach() != winner) {
                continue;
            }
            if (CompiledRules.intersect(firedSet, compiled.rulesTargeting(k, true))) {
                status[k] = Verdict.EXCLUDED; // an exclusion beats any recommendation
            } else if (CompiledRules.intersect(firedSet, compiled.rulesTargeting(k, false))) {
                status[k] = Verdict.GIVEN;
            }
        }
        return new Verdict(ruleSet, answers, fires, firedCount, firedSet, massage, stm, null,
                winner == Approach.MASSAGE ? Outcome.MASSAGE : Outcome.STM, missing, ignored, clientId, status);
    }

    /** The full result of a decision: reasons, precautions, the trace of the rules that fired. */
    static Recommendation recommendation(Verdict v) {
        RuleSet ruleSet = v.ruleSet();
        CompiledRules compiled = ruleSet.compiled();
        List<Rule> rules = ruleSet.rules();
        int firedCount = v.firedCount();
        int[] fires = new int[firedCount];
        List<Firing> fired = new ArrayList<>(firedCount);
        for (int i = 0; i < firedCount; i++) {
            fires[i] = v.fired(i);
            fired.add(new Firing(rules.get(fires[i]), v.answers()));
        }
        Map<Approach, Integer> scores = new EnumMap<>(Approach.class);
        scores.put(Approach.MASSAGE, v.massage());
        scores.put(Approach.STM, v.stm());
        if (v.outcome() == Outcome.REFER || v.outcome() == Outcome.INCOMPLETE) {
            return withoutTechniques(v, fired, scores);
        }
        List<Technique> all = ruleSet.techniques();
        List<TechniqueResult> excluded = new ArrayList<>(4);
        List<TechniqueResult> techniques = new ArrayList<>(all.size());
        List<PrecautionResult> precautions = new ArrayList<>(8);
        for (int k = 0; k < all.size(); k++) {
            Technique t = all.get(k);
            if (v.excluded(k)) {
                excluded.add(new TechniqueResult(t, reasons(rules, v, compiled, k, true)));
            } else if (v.given(k)) {
                techniques.add(new TechniqueResult(t, reasons(rules, v, compiled, k, false)));
                addPrecautions(precautions, t.id(), rules, fires, firedCount, compiled, k);
            }
        }
        return new Recommendation(v.clientId(), v.outcome(), Optional.empty(), scores, techniques, excluded, precautions,
                fired, v.missing(), v.ignored(), ruleSet.version(), ruleSet.sha256());
    }

    /**
     * A result that gives no technique. A referral rules out every technique, in the rule set's order, for the
     * referral's own reasons, until a physician has seen the client; incomplete rules out none (a missing answer is
     * no contraindication).
     */
    private static Recommendation withoutTechniques(Verdict v, List<Firing> fired, Map<Approach, Integer> scores) {
        RuleSet ruleSet = v.ruleSet();
        Optional<Referral> referral = v.urgency().isEmpty() ? Optional.empty() : Optional.of(referral(v, ruleSet.rules()));
        List<TechniqueResult> excluded = new ArrayList<>(referral.isEmpty() ? 0 : ruleSet.techniques().size());
        referral.ifPresent(r -> ruleSet.techniques().forEach(t -> excluded.add(new TechniqueResult(t, r.because()))));
        return new Recommendation(v.clientId(), v.outcome(), referral, scores, List.of(), excluded, List.of(), fired,
                v.missing(), v.ignored(), ruleSet.version(), ruleSet.sha256());
    }

    /**
     * The reasons of the fired rules that exclude (or recommend) technique {@code k}, in rule order, once per
     * distinct client-facing sentence.
     */
    private static List<Reason> reasons(List<Rule> rules, Verdict v, CompiledRules c, int k, boolean excluding) {
        List<Reason> out = new ArrayList<>(4);
        boolean mayRepeat = c.reasonsMayRepeat(k, excluding);
        int[] found = new int[v.firedCount()];
        for (int i = 0, n = v.rulesFor(k, excluding, found); i < n; i++) {
            int r = found[i];
            if (!(mayRepeat && hasText(out, rules.get(r).because()))) {
                out.add(new Reason(rules.get(r).id(), rules.get(r).because()));
            }
        }
        return out;
    }

    private static boolean hasText(List<Reason> reasons, String text) {
        for (int i = 0; i < reasons.size(); i++) {
            if (reasons.get(i).text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The precautions of the fired rules on a technique that is given, in rule order, each note once. */
    private static void addPrecautions(List<PrecautionResult> into, String techniqueId, List<Rule> rules, int[] fires,
                                       int firedCount, CompiledRules c, int k) {
        int start = into.size();
        boolean mayRepeat = c.notesMayRepeat(k);
        for (int f = 0; f < firedCount; f++) {
            int r = fires[f];
            for (int i = 0; i < c.precautionCount(r); i++) {
                String note = c.precautionNote(r, i);
                if (c.precautionTechnique(r, i) == k && !(mayRepeat && hasNote(into, start, note))) {
                    into.add(new PrecautionResult(techniqueId, note, rules.get(r).id()));
                }
            }
        }
    }

    private static boolean hasNote(List<PrecautionResult> list, int from, String note) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i).note().equals(note)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The referral: its urgency is the highest that fired; its reasons, those of the rules of that urgency; then,
     * as {@code also}, those of the less urgent referral rules, the most urgent first. Each sentence once.
     */
    private static Referral referral(Verdict v, List<Rule> rules) {
        Map<String, Reason> byText = new LinkedHashMap<>();
        int[] found = new int[v.firedCount()];
        for (int i = 0, n = v.referralRules(found); i < n; i++) {
            Rule rule = rules.get(found[i]);
            byText.putIfAbsent(rule.because(), new Reason(rule.id(), rule.because()));
        }
        List<Reason> because = List.copyOf(byText.values());
        List<Referral.Also> also = new ArrayList<>(0);
        for (int i = 0, n = v.lessUrgentReferralRules(found); i < n; i++) {
            Rule rule = rules.get(found[i]);
            if (!byText.containsKey(rule.because())) {
                Reason reason = new Reason(rule.id(), rule.because());
                byText.put(rule.because(), reason);
                also.add(new Referral.Also(rule.effects().refer().orElseThrow(), reason));
            }
        }
        return new Referral(v.urgency().orElseThrow(), because, also);
    }
}
