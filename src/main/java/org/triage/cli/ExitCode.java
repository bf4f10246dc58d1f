package org.triage.cli;

/** The program's exit codes; the README lists the same table. */
public enum ExitCode {
    /** The command did what was asked (a referral is a successful result too). */
    OK(0, "result printed", "success: a result was printed (a referral or an incomplete intake is a result too)"),
    /** A bug: an unexpected error. Run again with --verbose and report it. */
    INTERNAL(1, "internal error", "unexpected internal error (a bug: run again with --verbose and report it)"),
    /** The command line is wrong: an unknown command or option, a missing option value. */
    USAGE(2, "usage", "the command line is wrong: unknown command or option, missing option value"),
    /** The answers are invalid: an unknown field or value, a number out of range, a syntax error. */
    INVALID_INPUT(3, "invalid answers", "the answers are invalid: unknown field or value, number out of range, malformed -a, syntax error"),
    /** The rule set has errors; nothing was evaluated. */
    INVALID_RULES(4, "invalid rule set", "the rule set has errors; nothing was evaluated"),
    /** An input file is missing or cannot be read, or an output cannot be written. */
    UNREADABLE(5, "file missing or unreadable", "an input file is missing or unreadable, or an output cannot be written"),
    /** A batch run finished and wrote every row, but some input rows were invalid (see their error column). */
    ROWS_INVALID(6, "batch written, some rows invalid", "batch: some rows were invalid; every row was still written, the invalid ones with their error"),
    /** The questionnaire's input ended (a script ran out of lines) before every question was answered. */
    INPUT_ENDED(7, "input ended early", "the input ended before the questionnaire was complete; nothing was recommended"),
    /**
     * The person quit the questionnaire (Ctrl-C, then yes) or ended it with Ctrl-D. Ctrl-C with piped
     * input or in accessible mode stops the JVM at once, which exits with the same code (128 + SIGINT).
     */
    CANCELLED(130, "questionnaire cancelled (Ctrl-C or Ctrl-D)", "the questionnaire was cancelled (Ctrl-C or Ctrl-D); nothing was recommended"),
    /** {@code rules test}: a case failed, coverage is below the minimum, or a referral rule lacks a case. */
    CASES_FAILED(8, "rule set cases fail (rules test)", "rules test: a case failed, coverage is below --min-coverage, or a referral rule lacks a case"),
    /** {@code rules check}: the rule set loads, but lint found warnings. */
    LINT_WARNINGS(9, "rule set warnings (rules check)", "rules check: the rule set loads, but has warnings"),
    /** {@code rules prove} and {@code rules check}: a safety policy does not hold for some intake. */
    POLICY_FAILED(10, "a safety policy does not hold (rules prove, rules check)",
            "rules prove, rules check: a safety policy does not hold for some intake (a counterexample is shown)"),
    /**
     * Standard output is a pipe whose reader has gone ({@code triage batch in.csv | head -1}): the run stops at once,
     * quietly, with the code of a program that SIGPIPE ended (128 + 13). The JVM ignores SIGPIPE, so triage sees the
     * failed write itself.
     */
    PIPE_CLOSED(141, "output pipe closed (| head)", "the reader of standard output went away (| head): the run stopped"
            + " quietly, as a program that SIGPIPE ends");

    private final int code;
    private final String label;
    private final String meaning;

    ExitCode(int code, String label, String meaning) {
        this.code = code;
        this.label = label;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** A few words, for the exit-code list at the foot of {@code triage --help}. */
    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
