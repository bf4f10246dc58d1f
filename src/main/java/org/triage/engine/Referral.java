package org.triage.engine;

import java.util.List;
import org.triage.rules.Urgency;

/** See a physician first: how soon, and why (most urgent reasons first). */
public record Referral(Urgency urgency, List<Reason> because) {
    public Referral {
        because = List.copyOf(because);
    }
}
