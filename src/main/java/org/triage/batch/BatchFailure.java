package org.triage.batch;

import java.util.List;
import org.triage.problem.Problem;

/** A batch run that could not go on: the problems to show, and what kind of failure it is. */
public final class BatchFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so that the command line can choose its exit code. */
    public enum Kind {
        /** The command asked for something impossible, such as writing over the input. */
        USAGE,
        /** The input cannot be used at all: no header, unknown columns. */
        INVALID_INPUT,
        /** A file is missing, unreadable, malformed as text, or an output cannot be written. */
        UNREADABLE
    }

    private final Kind kind;
    private final transient List<Problem> problems;

    public BatchFailure(Kind kind, List<Problem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).message(), null, false, false);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public BatchFailure(Kind kind, Problem problem) {
        this(kind, List.of(problem));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
