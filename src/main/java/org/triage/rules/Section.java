package org.triage.rules;

import java.util.Locale;

/**
 * The part of the intake a question belongs to, shown beside the question so that the person knows where
 * they are. It changes nothing in how answers are read or evaluated.
 */
public enum Section {
    SCREENING("Screening"), PAIN("Pain"), INJURY_HISTORY("Injury history"), CONSENT("Consent");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** As written in {@code questions.yaml}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the person reads it. */
    public String title() {
        return title;
    }
}
