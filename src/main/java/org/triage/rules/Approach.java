package org.triage.rules;

import java.util.Locale;

/** The two approaches the tool chooses between. */
public enum Approach {
    MASSAGE("general massage"), STM("clinical soft tissue mobilization (STM)");

    private final String title;

    Approach(String title) {
        this.title = title;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }
}
