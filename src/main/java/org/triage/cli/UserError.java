package org.triage.cli;

import java.util.List;
import org.triage.problem.Problem;

/** A user's mistake that ends the command: the problems to show and the exit code. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final ExitCode exitCode;

    UserError(ExitCode exitCode, List<Problem> problems) {
        super(problems.isEmpty() ? exitCode.meaning() : problems.get(0).message(), null, false, false);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    UserError(ExitCode exitCode, Problem problem) {
        this(exitCode, List.of(problem));
    }

    List<Problem> problems() {
        return problems;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
