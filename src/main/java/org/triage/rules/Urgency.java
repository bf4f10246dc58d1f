package org.triage.rules;

import java.util.Locale;

/** How soon a physician must see the client; declared from most to least urgent. */
public enum Urgency {
    EMERGENCY("Call emergency services now, or go to the nearest emergency department. Do not start any treatment."),
    URGENT("See a physician today (within 24 hours). No treatment until then."),
    ROUTINE("See a physician before any hands-on treatment. Come back for a new triage once you have been seen.");

    private final String action;

    Urgency(String action) {
        this.action = action;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What to do, in plain words. */
    public String action() {
        return action;
    }

    public boolean moreUrgentThan(Urgency other) {
        return ordinal() < other.ordinal();
    }
}
