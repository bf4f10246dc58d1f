package org.triage.batch;

import java.util.List;

/**
 * CSV cells appended to a {@link StringBuilder}, byte for byte as FastCSV's {@code CsvWriter} writes them with
 * the settings of {@link CsvResults#writer}: a comma between cells, LF after a row, and a cell in double quotes
 * only when it must be (it holds a comma, a double quote, CR or LF, or it is the first cell of its row and
 * starts with the comment character {@code #}), with each double quote inside doubled. An empty cell is
 * written as nothing. Pure and thread-safe, so rows are rendered on the threads that evaluate them.
 */
final class CsvCells {

    static final char SEPARATOR = ',';
    static final char QUOTE = '"';
    static final char COMMENT = '#';
    static final char END_OF_ROW = '\n';

    private CsvCells() {
    }

    /**
     * A text as it goes inside a cell: its double quotes doubled, and whether the cell holding it must be
     * quoted. Cells made of several pieces are quoted when any piece needs it.
     */
    record Piece(String escaped, boolean quote) {
        static Piece of(String text) {
            return new Piece(text.indexOf(QUOTE) < 0 ? text : text.replace("\"", "\"\""), needsQuotes(text, false));
        }
    }

    /** Whether a cell must be quoted; {@code first} when it is the first cell of its row. */
    static boolean needsQuotes(CharSequence cell, boolean first) {
        return needsQuotes(cell, 0, cell.length(), first);
    }

    private static boolean needsQuotes(CharSequence text, int start, int end, boolean first) {
        if (start == end) {
            return false;
        }
        if (first && text.charAt(start) == COMMENT) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == QUOTE || c == SEPARATOR || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether a spreadsheet would take a cell starting with this character for a formula. */
    static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Appends a cell as it is (no spreadsheet safety). */
    static void append(StringBuilder into, String cell, boolean first) {
        if (!needsQuotes(cell, first)) {
            into.append(cell);
            return;
        }
        into.append(QUOTE);
        appendDoubled(into, cell);
        into.append(QUOTE);
    }

    /** Appends a cell made spreadsheet-safe (a leading ' before a formula start), then escaped. */
    static void appendSafe(StringBuilder into, String cell, boolean first) {
        if (cell.isEmpty() || !formulaStart(cell.charAt(0))) {
            append(into, cell, first);
            return;
        }
        // the leading quote is neither a delimiter nor the comment character: it never adds quoting itself
        boolean quote = needsQuotes(cell, false);
        if (quote) {
            into.append(QUOTE);
        }
        into.append('\'');
        if (quote) {
            appendDoubled(into, cell);
            into.append(QUOTE);
        } else {
            into.append(cell);
        }
    }

    /**
     * Makes the text appended since {@code start} a proper cell: spreadsheet-safe, then quoted if it must be.
     * For cells built in place (ids joined), which nearly always need nothing.
     */
    static void finishSafe(StringBuilder into, int start, boolean first) {
        int end = into.length();
        if (end == start) {
            return;
        }
        boolean formula = formulaStart(into.charAt(start));
        boolean quote = needsQuotes(into, start, end, first);
        if (!formula && !quote) {
            return;
        }
        String cell = into.substring(start, end);
        into.setLength(start);
        appendSafe(into, cell, first);
    }

    private static void appendDoubled(StringBuilder into, String text) {
        int from = 0;
        for (int q = text.indexOf(QUOTE); q >= 0; q = text.indexOf(QUOTE, from)) {
            into.append(text, from, q + 1).append(QUOTE);
            from = q + 1;
        }
        into.append(text, from, text.length());
    }

    /** A whole row, cells as they are (no spreadsheet safety), with its end of line. */
    static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            append(sb, cells.get(i), i == 0);
        }
        return sb.append(END_OF_ROW).toString();
    }

    /** A whole row, each cell made spreadsheet-safe, with its end of line. */
    static void appendSafeRow(StringBuilder into, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                into.append(SEPARATOR);
            }
            appendSafe(into, cells.get(i), i == 0);
        }
        into.append(END_OF_ROW);
    }
}
