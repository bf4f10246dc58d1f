package org.triage.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a run, so that all of them are reported together. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void error(Location location, String message, String fix) {
        list.add(Problem.error(location, message, fix));
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public int size() {
        return list.size();
    }

    /** The problems in the order they were found (for command-line arguments: argument order). */
    public List<Problem> inOrder() {
        return List.copyOf(list);
    }

    /** The problems in file, line and column order. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.BY_LOCATION);
        return List.copyOf(copy);
    }
}
