package org.triage.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a run, so that they are reported together: the first {@link #SHOWN} of them, then one
 * that says how many more there are, so that an input of a million mistakes gives a page of errors, not a file
 * larger than itself.
 */
public final class Problems {

    /** The problems kept and shown; the others are counted. */
    public static final int SHOWN = 100;

    private final List<Problem> list = new ArrayList<>();
    private Problem firstOmitted;
    private int omitted;
    private int omittedErrors;

    public void add(Problem problem) {
        if (list.size() < SHOWN) {
            list.add(problem);
            return;
        }
        if (firstOmitted == null) {
            firstOmitted = problem;
        }
        omitted++;
        if (problem.isError()) {
            omittedErrors++;
        }
    }

    public void error(Location location, String message, String fix) {
        add(Problem.error(location, message, fix));
    }

    public void addAll(List<Problem> problems) {
        problems.forEach(this::add);
    }

    public boolean hasErrors() {
        return omittedErrors > 0 || list.stream().anyMatch(Problem::isError);
    }

    public int size() {
        return list.size() + omitted;
    }

    /** The problems in the order they were found (for command-line arguments: argument order). */
    public List<Problem> inOrder() {
        List<Problem> copy = new ArrayList<>(list);
        more().ifPresent(copy::add);
        return List.copyOf(copy);
    }

    /** The problems in file, line and column order. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.BY_LOCATION);
        more().ifPresent(copy::add);
        return List.copyOf(copy);
    }

    /** How many problems are not shown, at the place of the first of them. */
    private java.util.Optional<Problem> more() {
        if (omitted == 0) {
            return java.util.Optional.empty();
        }
        String message = String.format(java.util.Locale.ROOT, "%,d more problems (%,d of them errors) from here on are not"
                + " shown", omitted, omittedErrors);
        String fix = "fix the " + SHOWN + " above and run again: many of the others may go with them";
        return java.util.Optional.of(omittedErrors > 0 ? Problem.error(firstOmitted.location(), message, fix)
                : Problem.warning(firstOmitted.location(), message, fix));
    }
}
