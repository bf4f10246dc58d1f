package org.triage.rules;

import java.util.Locale;

/** The type of an intake field, as written in {@code questions.yaml}. */
public enum FieldType {
    SINGLE, MULTI, YES_NO, INTEGER, NUMBER, TEXT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Fields whose answers are option ids. */
    public boolean isChoice() {
        return this == SINGLE || this == MULTI || this == YES_NO;
    }

    public boolean isNumeric() {
        return this == INTEGER || this == NUMBER;
    }
}
