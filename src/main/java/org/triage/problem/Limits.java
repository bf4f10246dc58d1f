package org.triage.problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The most of each input that triage reads. Each limit is checked before the work it bounds (a file is read no
 * further than its limit and one byte; a line is measured before it is parsed), so that going over is a located
 * error at once, in little memory, and never a slow parse or a stack trace.
 *
 * <table>
 * <caption>Limits</caption>
 * <tr><th>input</th><th>limit</th><th>when over</th></tr>
 * <tr><td>an answers file (or stdin), each rule set file</td><td>{@value #FILE_BYTES} bytes (1 MiB)</td>
 *     <td>error at the line and column of the first byte over; nothing after it is read</td></tr>
 * <tr><td>a line of NDJSON given to {@code batch} (one FHIR QuestionnaireResponse)</td><td>{@value #FILE_BYTES}
 *     bytes</td><td>that row is invalid, at its line, unparsed; the other rows go on</td></tr>
 * <tr><td>a line of a YAML answers or rule set file</td><td>{@value #LINE_CHARS} characters</td>
 *     <td>error at the line, column {@value #LINE_CHARS} + 1; the file is not parsed</td></tr>
 * <tr><td>an answer value: YAML or JSON scalar, {@code -a} value, CSV cell</td><td>{@value #VALUE_CHARS}
 *     characters</td><td>error at the value, naming the field; the value is not repeated</td></tr>
 * <tr><td>nesting of lists and mappings in a YAML or JSON file</td><td>{@value #NESTING} levels</td>
 *     <td>error at the list or mapping one level too deep</td></tr>
 * <tr><td>a CSV record (all its cells)</td><td>{@value #CSV_RECORD_CHARS} characters</td>
 *     <td>the run ends with an error at the record's line; rows before it are written</td></tr>
 * <tr><td>a reply typed to the questionnaire</td><td>{@value #REPLY_CHARS} characters</td>
 *     <td>the reply is refused and the question asked again; the rest of the line is skipped unread</td></tr>
 * </table>
 */
public final class Limits {

    /** The most bytes of an answers file, stdin, or one rule set file. */
    public static final int FILE_BYTES = 1_048_576;
    /** The most bytes of a whole rule set folder, all its files together (the shipped one has about 220 KB). */
    public static final int RULESET_BYTES = 4 * 1_048_576;
    /** The most characters of one line of a YAML answers or rule set file (JSON is parsed in one pass whatever its lines). */
    public static final int LINE_CHARS = 16_384;
    /** The most characters of one answer value. */
    public static final int VALUE_CHARS = 4_096;
    /** The deepest nesting of lists and mappings. */
    public static final int NESTING = 64;
    /** The most characters of one CSV record, all its cells together. */
    public static final int CSV_RECORD_CHARS = 1_000_000;
    /** The most characters of one line typed to the questionnaire. */
    public static final int REPLY_CHARS = 4_096;
    /** The characters of the records a batch reads in one chunk, after which the chunk ends whatever its count of them. */
    public static final int CHUNK_CHARS = 1 << 21;

    private Limits() {
    }

    /** A limit as people read it: {@code 1,048,576}. */
    public static String shown(long limit) {
        return String.format(Locale.ROOT, "%,d", limit);
    }

    /** The most characters of a user's text that an error message repeats. */
    public static final int EXCERPT_CHARS = 64;

    /** A text as an error message repeats it: whole when short, else its start and how long it is. */
    public static String excerpt(CharSequence text) {
        return text.length() <= EXCERPT_CHARS ? text.toString()
                : text.subSequence(0, EXCERPT_CHARS) + "... (" + shown(text.length()) + " characters)";
    }

    /**
     * At most {@link #FILE_BYTES} + 1 bytes of {@code in}: one byte more than the limit tells that it was over,
     * and no more is read however large the input is.
     */
    public static byte[] readFile(InputStream in) throws IOException {
        return in.readNBytes(FILE_BYTES + 1);
    }

    /** Whether bytes read by {@link #readFile} are over the limit. */
    public static boolean overFileLimit(byte[] bytes) {
        return bytes.length > FILE_BYTES;
    }

    /** The error for a file over {@link #FILE_BYTES}, at the line and column of its first byte over the limit. */
    public static Problem fileTooLarge(String file, byte[] bytes, String fix) {
        return Problem.error(firstByteOver(file, bytes), "the file is larger than " + shown(FILE_BYTES)
                + " bytes (1 MiB); it was read up to here and no further", fix);
    }

    /** Where the byte after the first {@link #FILE_BYTES} bytes is: its line, and its column in characters. */
    static Location firstByteOver(String file, byte[] bytes) {
        CharBuffer text = CharBuffer.allocate(FILE_BYTES);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, FILE_BYTES)), text, true);
        text.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /**
     * The first line of {@code text} longer than {@link #LINE_CHARS}, as an error at the column where it crosses
     * the limit; measured before the text is parsed, since a parser's time grows with the square of a long token.
     */
    public static Optional<Problem> longLine(String file, String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int length = i > start && text.charAt(i - 1) == '\r' ? i - start - 1 : i - start;
                if (length > LINE_CHARS) {
                    return Optional.of(Problem.error(new Location(file, line, LINE_CHARS + 1),
                            "line " + line + " is longer than " + shown(LINE_CHARS) + " characters",
                            "break it into shorter lines: a list can have one item per line, and a long text can go on"
                                    + " over several lines in a quoted or folded (>) value"));
                }
                line++;
                start = i + 1;
            }
        }
        return Optional.empty();
    }

    /** The error for an answer value over {@link #VALUE_CHARS}; the value itself is not repeated. */
    public static Problem valueTooLong(Location at, String field) {
        return Problem.error(at, field + ": the value is longer than " + shown(VALUE_CHARS) + " characters",
                "shorten it to at most " + shown(VALUE_CHARS) + " characters");
    }

    /** The error for a list or mapping nested more than {@link #NESTING} levels deep. */
    public static Problem tooDeep(Location at) {
        return Problem.error(at, "lists and mappings are nested more than " + NESTING + " levels deep here",
                "nest less deeply: answers and rules need a few levels at most");
    }
}
