package org.triage.rules;

import org.triage.problem.Location;

/**
 * How the scores decide: the leader wins by at least {@code margin}; otherwise the tie-breaker wins.
 * {@code location} is where ruleset.yaml sets it.
 */
public record Decision(int margin, Approach tieBreaker, Location location) {

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
