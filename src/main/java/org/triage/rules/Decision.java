package org.triage.rules;

/** How the scores decide: the leader wins by at least {@code margin}; otherwise the tie-breaker wins. */
public record Decision(int margin, Approach tieBreaker) {

    public Approach decide(int massage, int stm) {
        if (massage - stm >= margin && massage > stm) {
            return Approach.MASSAGE;
        }
        if (stm - massage >= margin && stm > massage) {
            return Approach.STM;
        }
        return tieBreaker;
    }
}
