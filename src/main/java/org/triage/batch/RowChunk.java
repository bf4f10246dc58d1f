package org.triage.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive records of the intake file as read, the unit that the evaluating threads work on: the physical line
 * where each record starts, and its cells' characters back to back in one array (no string per cell). Filled by
 * the reading thread, then only read. Not thread-safe; it is handed over whole.
 */
final class RowChunk {

    /** The most records in a chunk. */
    static final int ROWS = 2048;
    /**
     * About how many records may be in flight at once (read, being evaluated, or waiting to be written): chunks are
     * made smaller for more threads, so that memory stays within a small heap whatever the number of processors.
     */
    private static final int IN_FLIGHT = 8 * 1024;
    /** A chunk's characters are dropped for a fresh array when a huge record has grown them beyond this. */
    private static final int KEPT_CHARS = 1 << 22;
    private static final int FIRST_CHARS = 1 << 16;

    private final long[] lines;
    /** By row: the position in {@link #fieldStart} of its first cell; one more entry closes the last row. */
    private final int[] firstField;
    /** By cell: where its characters start; one more entry, where the next cell would start, closes the last. */
    private int[] fieldStart;
    private char[] chars;
    private int rows;
    private int fields;

    /** An empty chunk of at most {@code rows} records, with room for about {@code chars} characters (it grows as needed). */
    RowChunk(int rows, int chars) {
        this.lines = new long[rows];
        this.firstField = new int[rows + 1];
        this.chars = new char[Math.max(64, chars)];
        this.fieldStart = new int[rows * 8 + 1];
    }

    /** How many records a chunk holds for {@code threads} evaluating threads (see {@link #IN_FLIGHT}). */
    static int rowsFor(int threads) {
        return threads <= 1 ? ROWS : Math.max(128, Math.min(ROWS, IN_FLIGHT / (2 * threads)));
    }

    /** An empty chunk of as many records as suits {@code threads} evaluating threads. */
    static RowChunk forThreads(int threads) {
        return new RowChunk(rowsFor(threads), FIRST_CHARS);
    }

    // the reading thread fills it:

    /** Empties the chunk, to be filled again (it keeps the room it has). */
    void clear() {
        rows = 0;
        fields = 0;
        if (chars.length > KEPT_CHARS) {
            chars = new char[FIRST_CHARS];
        }
    }

    void beginRow(long line) {
        lines[rows] = line;
        firstField[rows] = fields;
    }

    void addCell(char[] buf, int offset, int length) {
        int end = fieldStart[fields] + length;
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, end));
        }
        System.arraycopy(buf, offset, chars, fieldStart[fields], length);
        if (fields + 2 > fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, fieldStart.length * 2);
        }
        fieldStart[++fields] = end;
    }

    /** Keeps the record begun. */
    void endRow() {
        firstField[++rows] = fields;
    }

    /** Forgets the record begun (an empty line). */
    void dropRow() {
        fields = firstField[rows];
    }

    boolean full() {
        return rows == lines.length || fullOfText();
    }

    /**
     * Whether the records read hold {@link org.triage.problem.Limits#CHUNK_CHARS} characters or more: a chunk of
     * long records ends before it has its number of them, so that the chunks in flight stay within a small heap
     * whatever the length of the records (a chunk of 2,048 records of a million characters each would not).
     */
    boolean fullOfText() {
        return fieldStart[fields] >= org.triage.problem.Limits.CHUNK_CHARS;
    }

    /** The most records the chunk holds. */
    int capacity() {
        return lines.length;
    }

    // then the rows are read:

    int size() {
        return rows;
    }

    long line(int row) {
        return lines[row];
    }

    /** How many cells the row has. */
    int width(int row) {
        return firstField[row + 1] - firstField[row];
    }

    /** The characters of every cell; cell {@code column} of {@code row} is from {@link #start} to {@link #end}. */
    char[] chars() {
        return chars;
    }

    int start(int row, int column) {
        return fieldStart[firstField[row] + column];
    }

    int end(int row, int column) {
        return fieldStart[firstField[row] + column + 1];
    }

    String cell(int row, int column) {
        int start = start(row, column);
        return new String(chars, start, end(row, column) - start);
    }

    /** The row's cells as strings: for the few rows that need them (the header, a ragged row, an odd cell). */
    IntakeRow row(int row) {
        List<String> cells = new ArrayList<>(width(row));
        for (int column = 0; column < width(row); column++) {
            cells.add(cell(row, column));
        }
        return new IntakeRow(line(row), cells);
    }
}
