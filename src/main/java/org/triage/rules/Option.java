package org.triage.rules;

/** One option of a choice field; an exclusive option (such as {@code none}) stands alone. */
public record Option(String id, String label, boolean exclusive) {
}
