package org.triage.problem;

import java.util.Comparator;

/**
 * A mistake in the user's input: where it is, what was wrong, and how to fix it.
 * Expected failures are values; exceptions are kept for bugs.
 */
public record Problem(Severity severity, Location location, String message, String fix) {

    public enum Severity { ERROR, WARNING }

    /** Problems sorted by file, then line, then column: the order an editor shows them. */
    public static final Comparator<Problem> BY_LOCATION = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column());

    public Problem {
        if (severity == null || location == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a severity, a location and a message");
        }
        fix = fix == null ? "" : fix;
    }

    public static Problem error(Location location, String message, String fix) {
        return new Problem(Severity.ERROR, location, message, fix);
    }

    public static Problem warning(Location location, String message, String fix) {
        return new Problem(Severity.WARNING, location, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: message}, then the fix on an indented line. */
    public String render() {
        String head = location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
        return fix.isEmpty() ? head : head + System.lineSeparator() + "  fix: " + fix;
    }
}
