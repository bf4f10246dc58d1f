package org.triage.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.triage.engine.Engine;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.problem.Problems;
import org.triage.rules.Answer;
import org.triage.rules.AnswerReader;
import org.triage.rules.AnswerSlots;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;

/**
 * Reads one row's cells as answers and evaluates them. Stateless, so rows may be evaluated in parallel.
 *
 * <p>A cell in the form the template and exports write (an option id as listed, ids joined by {@code ;}, a
 * plain number in range) is read straight into the answers; any other cell goes through
 * {@link AnswerReader}, which accepts the other spellings (case, spaces, yes/no words) and words the
 * errors. The two readings agree (a property test compares them); the first only saves time.
 */
final class RowEvaluator {

    /** The cells whose reading is tracked in one {@code long}: beyond these, every cell goes to the answer reader. */
    private static final int TRACKED = 64;

    /** What the reader puts in place of bytes that are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';
    /** Powers of ten that a double holds exactly: a number of at most 15 digits divided by one is correctly rounded. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    private final String file;
    private final RuleSet ruleSet;
    private final Columns columns;
    private final Cell[] cells;
    private final int[] cellOfColumn;
    /** By column: its cell is always looked at for bytes that are not UTF-8 (text, or no field, or not tracked). */
    private final boolean[] textual;
    private final boolean direct;

    RuleSet ruleSet() {
        return ruleSet;
    }

    RowEvaluator(String file, RuleSet ruleSet, Columns columns) {
        this(file, ruleSet, columns, true);
    }

    /** With {@code direct} false every cell goes through {@link AnswerReader} (to compare the two readings). */
    RowEvaluator(String file, RuleSet ruleSet, Columns columns, boolean direct) {
        this.file = file;
        this.ruleSet = ruleSet;
        this.columns = columns;
        this.direct = direct;
        Questionnaire q = ruleSet.questionnaire();
        this.cells = columns.fields().entrySet().stream()
                .map(e -> new Cell(e.getKey(), q.index(e.getValue().id()), e.getValue()))
                .toArray(Cell[]::new);
        this.cellOfColumn = new int[columns.width()];
        Arrays.fill(cellOfColumn, -1);
        for (int i = 0; i < cells.length; i++) {
            cellOfColumn[cells[i].column] = i;
        }
        this.textual = new boolean[columns.width()];
        for (int column = 0; column < textual.length; column++) {
            int i = cellOfColumn[column];
            textual[column] = i < 0 || i >= TRACKED || cells[i].field.type() == FieldType.TEXT;
        }
    }

    /**
     * Whether a column's cell may hold text that is not UTF-8: any cell but a choice or number read directly
     * (those are option ids and digits).
     */
    /**
     * Whether a cell holds lines that were meant as rows of their own, after a quote left open: a cell of a choice,
     * number or yes/no question never holds a line break, and a line of a text cell with as many commas as a row
     * has separators is taken for a row. A text cell of several lines of words (a note) is not.
     */
    static boolean swallowedRows(char[] chars, int start, int end, boolean text, int width) {
        int commas = 0;
        boolean broken = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                if (!text) {
                    return true;
                }
                broken = true;
                commas = 0;
            } else if (c == ',' && broken && ++commas >= Math.max(1, width - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The line breaks inside a cell, not counting those at its end (before a quote left open at the end of the file). */
    private static int lineBreaks(char[] chars, int start, int end) {
        while (end > start && (chars[end - 1] == '\n' || chars[end - 1] == '\r')) {
            end--;
        }
        int breaks = 0;
        for (int i = start; i < end; i++) {
            if (chars[i] == '\n' || chars[i] == '\r' && (i + 1 == end || chars[i + 1] != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    private static String firstLine(char[] chars, int start, int end) {
        int i = start;
        while (i < end && chars[i] != '\n' && chars[i] != '\r') {
            i++;
        }
        return new String(chars, start, i - start);
    }

    private boolean mayHoldText(int column, long unread) {
        int i = cellOfColumn[column];
        return textual[column] || (unread & 1L << i) != 0;
    }

    /** Evaluates record {@code row} of a chunk. */
    RowResult evaluate(RowChunk chunk, int row) {
        char[] chars = chunk.chars();
        int width = chunk.width(row);
        String clientId = clientId(chunk, row);
        if (width != columns.width()) {
            return ragged(chunk.line(row), clientId, width);
        }
        AnswerSlots answers = new AnswerSlots(ruleSet.questionnaire());
        long unread = 0; // bit i: cells[i] is left for the answer reader
        for (int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            int start = chunk.start(row, cell.column);
            int end = chunk.end(row, cell.column);
            if (start != end && !(direct && i < TRACKED && cell.read(chars, start, end, answers))) {
                unread |= i < TRACKED ? 1L << i : 0;
            }
        }
        List<CellError> errors = null;
        for (int column = 0; column < width; column++) { // a cell read directly is ASCII: no need to look
            if (chunk.end(row, column) - chunk.start(row, column) > Limits.VALUE_CHARS) {
                errors = errors == null ? new ArrayList<>(2) : errors;
                Problem tooLong = Limits.valueTooLong(Location.of(file), columns.name(column));
                int start = chunk.start(row, column);
                String excerpt = Limits.excerpt(java.nio.CharBuffer.wrap(chars, start, chunk.end(row, column) - start));
                errors.add(new CellError(chunk.line(row), columns.name(column), excerpt, tooLong.message(), tooLong.fix()));
            } else if (swallowedRows(chars, chunk.start(row, column), chunk.end(row, column), textual[column], width)) {
                errors = errors == null ? new ArrayList<>(2) : errors;
                int start = chunk.start(row, column);
                int end = chunk.end(row, column);
                errors.add(new CellError(chunk.line(row), columns.name(column), Limits.excerpt(firstLine(chars, start, end)),
                        "the cell runs over " + (lineBreaks(chars, start, end) + 1) + " lines from line " + chunk.line(row)
                        + ": a double quote opened in it is not closed where the cell ends, so the lines after it were"
                        + " read into it, and their rows were not evaluated", "close the quote at the end of the cell, or"
                        + " remove it, and run the batch again"));
            } else if (mayHoldText(column, unread) && notUtf8(chars, chunk.start(row, column), chunk.end(row, column))) {
                errors = errors == null ? new ArrayList<>(2) : errors;
                errors.add(new CellError(chunk.line(row), columns.name(column), chunk.cell(row, column).trim(),
                        "this cell is not UTF-8 text", "save the file as UTF-8 (CSV UTF-8 in a spreadsheet)"));
            }
        }
        if (errors == null && (unread != 0 || cells.length > TRACKED)) {
            errors = readUnread(chunk, row, unread, answers);
        }
        if (errors != null) {
            return new RowResult(chunk.line(row), clientId, Optional.empty(), errors);
        }
        return new RowResult(chunk.line(row), clientId, Optional.of(Engine.decide(ruleSet, answers)), List.of());
    }

    private String clientId(RowChunk chunk, int row) {
        int column = columns.clientIdColumn();
        if (column < 0 || column >= chunk.width(row)) {
            return "";
        }
        String id = chunk.cell(row, column).trim();
        return id.length() > Limits.VALUE_CHARS ? "" : id; // the row's error says why
    }

    private RowResult ragged(long line, String clientId, int width) {
        CellError ragged = new CellError(line, "", "", "the row has " + width + (width == 1 ? " field" : " fields")
                + " but the header has " + columns.width() + ".",
                "give every row " + columns.width() + " fields; put a value that holds a comma, a quote or a line"
                        + " break in double quotes, and double any quote inside it");
        return new RowResult(line, clientId, Optional.empty(), List.of(ragged));
    }

    private static boolean notUtf8(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (chars[i] == NOT_UTF8) {
                return true;
            }
        }
        return false;
    }

    /** Reads the cells not read directly through the answer reader; the errors, or null when there are none. */
    private List<CellError> readUnread(RowChunk chunk, int row, long unread, AnswerSlots answers) {
        List<CellError> errors = null;
        Problems problems = new Problems();
        for (int i = 0; i < cells.length; i++) {
            Cell cell = cells[i];
            if (chunk.start(row, cell.column) == chunk.end(row, cell.column) || i < TRACKED && (unread & 1L << i) == 0) {
                continue;
            }
            String value = chunk.cell(row, cell.column);
            int before = problems.size();
            int line = (int) Math.min(chunk.line(row), Integer.MAX_VALUE);
            Optional<Answer> answer = new AnswerReader(problems).fromText(cell.field, value,
                    new Location(file, line, cell.column + 1));
            answer.ifPresent(a -> answers.put(cell.index, a));
            if (problems.size() > before) {
                errors = errors == null ? new ArrayList<>(2) : errors;
                List<Problem> all = problems.inOrder();
                for (int k = before; k < all.size(); k++) {
                    errors.add(new CellError(chunk.line(row), columns.name(cell.column), value.trim(),
                            all.get(k).message(), all.get(k).fix()));
                }
            }
        }
        return errors;
    }

    /** A column that holds a field, with the field's option ids by length and their bits. */
    private static final class Cell {
        final int column;
        final int index;
        final Field field;
        /**
         * The option ids in an open-addressing table by their hash, with their bits: an id is found within a
         * cell without cutting the cell into strings.
         */
        final char[][] table;
        final long[] tableBits;
        final long exclusive;

        Cell(int column, int index, Field field) {
            this.column = column;
            this.index = index;
            this.field = field;
            int size = Integer.highestOneBit(Math.max(4, field.options().size() * 8) - 1) << 1;
            this.table = new char[size][];
            this.tableBits = new long[size];
            long ex = 0;
            for (int i = 0; i < field.options().size(); i++) {
                String id = field.options().get(i).id();
                if (AnswerReader.readsAsYesOrNo(field, id)) {
                    continue; // the answer reader reads these as yes or no: a cell holding one goes to it
                }
                char[] chars = id.toCharArray();
                int slot = slot(hash(chars, 0, chars.length));
                while (table[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                table[slot] = chars;
                tableBits[slot] = 1L << i;
                ex |= field.options().get(i).exclusive() ? 1L << i : 0;
            }
            this.exclusive = ex;
        }

        /** A cheap hash of an id: its length and its first and last characters (the lookup compares the id whole). */
        private static int hash(char[] s, int start, int end) {
            if (start == end) {
                return 0;
            }
            int h = ((end - start) * 31 + s[start]) * 31 + s[end - 1];
            return h ^ (h >>> 7);
        }

        private int slot(int hash) {
            return hash & (table.length - 1);
        }

        /** The bit of the option whose id is exactly {@code value[start, end)}, or 0. */
        private long bit(char[] value, int start, int end) {
            int n = end - start;
            for (int slot = slot(hash(value, start, end)); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
                char[] id = table[slot];
                if (id.length == n && Arrays.equals(value, start, end, id, 0, n)) {
                    return tableBits[slot];
                }
            }
            return 0;
        }

        /** Reads a cell written the usual way into the answers; false for any other cell, which is left as it was. */
        boolean read(char[] value, int start, int end, AnswerSlots answers) {
            switch (field.type()) {
                case TEXT -> {
                    String text = new String(value, start, end - start).trim();
                    if (!text.isEmpty()) {
                        answers.text(index, text);
                    }
                    return true;
                }
                case SINGLE, YES_NO -> {
                    long bit = bit(value, start, end);
                    if (bit == 0) {
                        return false;
                    }
                    answers.choose(index, bit);
                    return true;
                }
                case MULTI -> {
                    return readMulti(value, start, end, answers);
                }
                default -> {
                    return readNumber(value, start, end, answers);
                }
            }
        }

        private boolean readMulti(char[] value, int start, int end, AnswerSlots answers) {
            long chosen = 0;
            int from = start;
            while (from <= end) {
                int to = from;
                while (to < end && value[to] != ';') {
                    to++;
                }
                long bit = bit(value, from, to);
                if (bit == 0) {
                    return false;
                }
                chosen |= bit;
                from = to + 1;
            }
            if ((chosen & exclusive) != 0 && Long.bitCount(chosen) > 1) {
                return false; // an exclusive option with others: the reader words the error
            }
            answers.choose(index, chosen);
            return true;
        }

        /** Digits with at most one point, at most 15 digits, in range; a whole number for an integer field. */
        private boolean readNumber(char[] value, int start, int end, AnswerSlots answers) {
            long digits = 0;
            int count = 0;
            int point = -1;
            for (int i = start; i < end; i++) {
                char c = value[i];
                if (c >= '0' && c <= '9') {
                    digits = digits * 10 + (c - '0');
                    if (++count > 15) {
                        return false;
                    }
                } else if (c == '.' && point < 0 && field.type() == FieldType.NUMBER) {
                    point = i;
                } else {
                    return false;
                }
            }
            if (count == 0) {
                return false;
            }
            double number = point < 0 ? digits : digits / POWERS_OF_TEN[end - 1 - point];
            if (number < field.min() || number > field.max()) {
                return false;
            }
            answers.number(index, number);
            return true;
        }
    }
}
