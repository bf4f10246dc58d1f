package org.triage.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV cells appended to a {@link Utf8Buffer}, byte for byte as FastCSV's {@code CsvWriter} writes them with the
 * settings of {@link CsvResults#writer}: a comma between cells, LF after a row, and a cell in double quotes only
 * when it must be (it holds a comma, a double quote, CR or LF, or it is the first cell of its row and starts
 * with the comment character {@code #}), with each double quote inside doubled. An empty cell is written as
 * nothing. Every character that matters here is ASCII, and in UTF-8 an ASCII byte is never part of another
 * character, so cells are escaped after they are encoded. Pure and thread-safe, so rows are rendered on the
 * threads that evaluate them.
 */
final class CsvCells {

    static final char SEPARATOR = ',';
    static final char QUOTE = '"';
    static final char COMMENT = '#';
    static final char END_OF_ROW = '\n';

    private CsvCells() {
    }

    /**
     * A text as it goes inside a cell, encoded: its double quotes doubled, whether the cell holding it must be
     * quoted, and whether a spreadsheet would take a cell starting with it for a formula. Cells made of several
     * pieces are quoted when any piece needs it.
     */
    record Piece(byte[] escaped, boolean quote, boolean formula) {
        static Piece of(String text) {
            Utf8Buffer b = new Utf8Buffer(text.length() + 8);
            b.append(text);
            byte[] raw = b.copyFrom(0);
            boolean quote = needsQuotes(raw, 0, raw.length, false);
            b.truncate(0);
            appendDoubled(b, raw);
            return new Piece(b.copyFrom(0), quote, !text.isEmpty() && formulaStart(text.charAt(0)));
        }
    }

    /** Whether the bytes from {@code start} to {@code end} must be quoted as a cell; {@code first} when it is the first cell of its row. */
    private static boolean needsQuotes(byte[] b, int start, int end, boolean first) {
        if (start == end) {
            return false;
        }
        if (first && b[start] == COMMENT) {
            return true;
        }
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == QUOTE || c == SEPARATOR || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether a spreadsheet would take a cell starting with this character for a formula. */
    static boolean formulaStart(int c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Appends a cell made spreadsheet-safe (a leading ' before a formula start), then escaped. */
    static void appendSafe(Utf8Buffer into, String cell, boolean first) {
        int start = into.length();
        into.append(cell);
        finishSafe(into, start, first);
    }

    /**
     * Makes the bytes appended since {@code start} a proper cell: spreadsheet-safe, then quoted if it must be.
     * For cells appended as they are, which nearly always need nothing more.
     */
    static void finishSafe(Utf8Buffer into, int start, boolean first) {
        finish(into, start, first, true);
    }

    private static void finish(Utf8Buffer into, int start, boolean first, boolean safe) {
        int end = into.length();
        if (end == start) {
            return;
        }
        boolean formula = safe && formulaStart(into.byteAt(start));
        // the leading quote is neither a delimiter nor the comment character: it never adds quoting itself
        boolean quote = needsQuotes(into.array(), start, end, first && !formula);
        if (!formula && !quote) {
            return;
        }
        byte[] cell = into.copyFrom(start);
        into.truncate(start);
        if (quote) {
            into.append(QUOTE);
        }
        if (formula) {
            into.append('\'');
        }
        if (quote) {
            appendDoubled(into, cell);
            into.append(QUOTE);
        } else {
            into.append(cell);
        }
    }

    private static void appendDoubled(Utf8Buffer into, byte[] text) {
        int from = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == QUOTE) {
                into.append(text, from, i + 1 - from).append(QUOTE);
                from = i + 1;
            }
        }
        into.append(text, from, text.length - from);
    }

    /** A whole row, cells as they are (no spreadsheet safety), with its end of line. */
    static String row(List<String> cells) {
        Utf8Buffer b = new Utf8Buffer(64);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(SEPARATOR);
            }
            int start = b.length();
            b.append(cells.get(i));
            finish(b, start, i == 0, false);
        }
        return b.append(END_OF_ROW).toString();
    }

    /** A whole row, each cell made spreadsheet-safe, with its end of line. */
    static void appendSafeRow(Utf8Buffer into, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                into.append(SEPARATOR);
            }
            appendSafe(into, cells.get(i), i == 0);
        }
        into.append(END_OF_ROW);
    }

    /** A text's UTF-8 bytes. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
