package org.triage.engine;

import java.util.List;
import java.util.Optional;
import org.triage.rules.AnswerSlots;
import org.triage.rules.CompiledRules;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * What the engine decides for one intake: the rules that fired, the outcome, the urgency of a referral and which
 * techniques are given and which are ruled out (for a massage or STM outcome, by the rules; a referral rules out
 * every technique). Everything a result says is worked out from this: {@link #recommendation()} in full, or a
 * batch's CSV row directly. Immutable.
 */
public final class Verdict {

    static final byte GIVEN = 1;
    static final byte EXCLUDED = 2;
    /** Most urgent first. */
    private static final Urgency[] URGENCIES = Urgency.values();

    private final RuleSet ruleSet;
    private final AnswerSlots answers;
    private final int[] fired;
    private final int firedCount;
    /** The rules that fired, as a set of positions ({@link CompiledRules#words}). */
    private final long[] firedSet;
    private final int massage;
    private final int stm;
    private final Urgency urgency;
    private final Outcome outcome;
    private final List<String> missing;
    private final List<String> ignored;
    private final Optional<String> clientId;
    private final byte[] techniques;

    Verdict(RuleSet ruleSet, AnswerSlots answers, int[] fired, int firedCount, long[] firedSet, int massage, int stm,
            Urgency urgency, Outcome outcome, List<String> missing, List<String> ignored, Optional<String> clientId,
            byte[] techniques) {
        this.ruleSet = ruleSet;
        this.answers = answers;
        this.fired = fired;
        this.firedCount = firedCount;
        this.firedSet = firedSet;
        this.massage = massage;
        this.stm = stm;
        this.urgency = urgency;
        this.outcome = outcome;
        this.missing = List.copyOf(missing);
        this.ignored = List.copyOf(ignored);
        this.clientId = clientId;
        this.techniques = techniques;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The answers the rules were evaluated on: those to questions that apply. */
    AnswerSlots answers() {
        return answers;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The urgency of the referral, or empty when there is none. */
    public Optional<Urgency> urgency() {
        return Optional.ofNullable(urgency);
    }

    public int massage() {
        return massage;
    }

    public int stm() {
        return stm;
    }

    public List<String> missing() {
        return missing;
    }

    public List<String> ignored() {
        return ignored;
    }

    public Optional<String> clientId() {
        return clientId;
    }

    /** How many rules fired. */
    public int firedCount() {
        return firedCount;
    }

    /** The position in the rule set of the {@code i}th rule that fired, in rule order. */
    public int fired(int i) {
        return fired[i];
    }

    /** Whether the technique at position {@code k} of the rule set's techniques is given. */
    public boolean given(int k) {
        return techniques != null && techniques[k] == GIVEN;
    }

    /**
     * Whether the technique at position {@code k} is ruled out: for the approach that won, by a rule that excludes
     * it; with a referral, every technique, until a physician has seen the client (never for incomplete).
     */
    public boolean excluded(int k) {
        return urgency != null || techniques != null && techniques[k] == EXCLUDED;
    }

    /**
     * The fired rules whose sentences are the referral's reasons, into {@code into} (room for {@link #firedCount}):
     * those that refer with the referral's urgency, in rule order (a sentence may come twice: whoever writes them
     * keeps the first). Returns how many; none without a referral.
     */
    public int referralRules(int[] into) {
        return urgency == null ? 0 : firedOf(ruleSet.compiled().rulesReferring(urgency), into, 0);
    }

    /**
     * The fired rules that refer less urgently than the referral, into {@code into} (room for {@link #firedCount}):
     * the most urgent first, then in rule order (a sentence may come twice, or be one of {@link #referralRules}'s:
     * whoever writes them keeps the first). Returns how many; none without a referral.
     */
    public int lessUrgentReferralRules(int[] into) {
        if (urgency == null) {
            return 0;
        }
        CompiledRules c = ruleSet.compiled();
        int n = 0;
        for (int u = urgency.ordinal() + 1; u < URGENCIES.length; u++) {
            n = firedOf(c.rulesReferring(URGENCIES[u]), into, n);
        }
        return n;
    }

    /**
     * The fired rules that recommend (with {@code excluding}, rule out) the technique at {@code k}, in rule order,
     * into {@code into} (room for {@link #firedCount}). With a referral, the rules that rule out a technique are
     * the referral's own ({@link #referralRules}). Returns how many.
     */
    public int rulesFor(int k, boolean excluding, int[] into) {
        if (excluding && urgency != null) {
            return referralRules(into);
        }
        return firedOf(ruleSet.compiled().rulesTargeting(k, excluding), into, 0);
    }

    /** Puts the fired rules among {@code rules}, in rule order, into {@code into} from {@code n}; returns the new end. */
    private int firedOf(long[] rules, int[] into, int n) {
        for (int w = 0; w < firedSet.length; w++) {
            for (long bits = firedSet[w] & rules[w]; bits != 0; bits &= bits - 1) {
                into[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return n;
    }

    /** The full result, with the reasons, precautions and the trace of the rules. */
    public Recommendation recommendation() {
        return Engine.recommendation(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verdict v && recommendation().equals(v.recommendation());
    }

    @Override
    public int hashCode() {
        return recommendation().hashCode();
    }

    @Override
    public String toString() {
        return "Verdict[" + outcome.id() + ", " + firedCount + " rules fired]";
    }
}
