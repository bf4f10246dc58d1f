package org.triage.rules;

import java.util.Locale;

/** The result's outcome. */
public enum Outcome {
    MASSAGE, STM, REFER, INCOMPLETE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
