package org.triage.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.triage.problem.Limits;

/**
 * The lines of an NDJSON file, each read whole up to a bound: a longer line is passed over to its end without
 * being kept, so that memory stays bounded whatever the input. A byte order mark at the start is skipped; CRLF
 * and LF both end a line.
 */
final class NdjsonLines {

    /**
     * The longest line kept, in bytes ({@link Limits#FILE_BYTES}, as for an answers file): one QuestionnaireResponse
     * of an intake takes a few kilobytes. A longer one is reported as too long, not parsed.
     */
    private static final int MAX_LINE = Limits.FILE_BYTES;

    /** One line: its number, its text (null when it is too long or not UTF-8) and why not. */
    record Line(long number, String text, String problem) {
    }

    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[8192];
    private long number;
    private long bytesRead;
    private boolean first = true;

    NdjsonLines(InputStream in) {
        this.in = in;
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        number++;
        long size = 0;
        while (b >= 0 && b != '\n') {
            size++;
            if (length < MAX_LINE) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
                }
                buffer[length++] = (byte) b;
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        bytesRead += size + (b < 0 ? 0 : 1);
        if (tooLong) {
            return new Line(number, null, "the line has " + size / 1024 + " KiB; a line of more than "
                    + MAX_LINE / 1024 + " KiB is not read. Fix: put one intake's QuestionnaireResponse on each line");
        }
        int start = 0;
        if (first && length >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
            start = 3;
        }
        first = false;
        int end = length > start && buffer[length - 1] == '\r' ? length - 1 : length;
        try {
            return new Line(number, utf8.decode(ByteBuffer.wrap(buffer, start, end - start)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not UTF-8 text. Fix: save the file as UTF-8");
        }
    }
}
