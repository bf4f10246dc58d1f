package org.triage.batch;

import org.triage.problem.Limits;

/**
 * Why one row is invalid: the column and the value it is about (empty for a ragged row), what is wrong
 * and the fix. The value is the client's own answer; it goes to the output files only, never to a log.
 */
record CellError(long line, String column, String value, String message, String fix) {

    /** A value over the limit is not repeated whole: its start, and how long it is. */
    CellError {
        value = value.length() > Limits.VALUE_CHARS ? Limits.excerpt(value) : value;
    }

    /** The text of the {@code error} column: which column, which value, what is wrong, the fix. */
    String render() {
        String where = column.isEmpty() ? "" : "column " + column + ", value \"" + value + "\": ";
        return where + messageWithFix();
    }

    /** The message and the fix, for the errors file (whose other columns say where). */
    String messageWithFix() {
        String sentence = message.matches(".*[.?!]$") ? message : message + ".";
        return sentence + (fix.isEmpty() ? "" : " Fix: " + fix + ".");
    }
}
