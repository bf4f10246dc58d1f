package org.triage.engine;

import java.util.List;
import org.triage.rules.Urgency;

/**
 * See a physician first: how soon, and why. {@code because} holds the reasons of the rules that refer with this
 * urgency, in rule order; {@code also}, those of the less urgent referral rules that fired too (each would mean a
 * referral of its own urgency on its own), the most urgent first, then in rule order. Each sentence is said once.
 */
public record Referral(Urgency urgency, List<Reason> because, List<Also> also) {

    public Referral {
        because = List.copyOf(because);
        also = List.copyOf(also);
        for (Also a : also) {
            if (!urgency.moreUrgentThan(a.urgency())) {
                throw new IllegalArgumentException("a reason of a " + a.urgency().id() + " referral is not less urgent"
                        + " than the " + urgency.id() + " referral it is also given with");
            }
        }
    }

    /** The reason of a less urgent referral rule that fired too, with the urgency that rule refers with. */
    public record Also(Urgency urgency, Reason reason) {
    }
}
