package org.triage.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.triage.problem.Limits;
import org.triage.problem.Location;
import org.triage.problem.Problem;

/**
 * The intake CSV as a stream of records (RFC 4180: quoted fields may hold commas, quotes and line breaks;
 * CRLF or LF). UTF-8 only, a leading byte order mark is skipped. Bytes that are not UTF-8 are read as U+FFFD,
 * so that the row holding them is reported invalid at its own line (the decoder reads ahead of the records,
 * so a decoding failure could not say where it was); text that is not CSV ends the run.
 */
final class CsvIntake implements Closeable {

    /**
     * The most cells a record may have (FastCSV's own limit), and the most characters in all its cells together
     * ({@link Limits#CSV_RECORD_CHARS}): a record is held whole in memory, and an intake row is a few hundred.
     */
    static final int MAX_CELLS = 16 * 1024;
    static final int MAX_CHARS = Limits.CSV_RECORD_CHARS;
    /**
     * FastCSV's buffer holds the record being read; it refuses to grow past this, so that a record over the limit
     * is refused once this much is read, not after it was all buffered (FastCSV's own default is 16 M characters).
     * The quotes and commas of a record count here, so there is room for them beyond {@link #MAX_CHARS}.
     */
    static final int MAX_BUFFER = 2 * MAX_CHARS;
    private static final String TOO_LONG_FIX = "close every double quote that opens a field: a quote left open makes"
            + " the rest of the file one cell; an intake row is a few hundred characters";

    private final String file;
    private final Records handler = new Records();
    private final CsvReader<RowChunk> reader;
    private final Iterator<RowChunk> records;
    private final CountingInputStream counted;
    private int headerLine = 1;
    /** The line of the last record read. */
    private long lastLine;

    CsvIntake(String file, InputStream in) {
        this.file = file;
        this.counted = new CountingInputStream(in);
        Reader text = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        this.reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .maxBufferSize(MAX_BUFFER)
                .build(handler, new BomSkippingReader(text));
        this.records = reader.iterator();
    }

    /**
     * Puts each record the parser reads into the chunk being filled, cell by cell, without a string per cell. An
     * empty line is no record.
     */
    private static final class Records extends AbstractBaseCsvCallbackHandler<RowChunk> {
        private RowChunk chunk;
        private int chars;

        @Override
        protected void handleBegin(long line) {
            chars = 0;
            chunk.beginRow(line);
        }

        @Override
        protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
            if (index >= MAX_CELLS) {
                throw new TooLarge(getStartingLineNumber(), "more than " + MAX_CELLS + " cells",
                        "check that this is an intake export: a row has one cell per column of the header");
            }
            chars += length;
            if (chars > MAX_CHARS) {
                throw new TooLarge(getStartingLineNumber(), "more than " + Limits.shown(MAX_CHARS) + " characters",
                        TOO_LONG_FIX);
            }
            chunk.addCell(buf, offset, length);
        }

        @Override
        protected RowChunk buildRecord() {
            if (getRecordType() != RecordType.DATA) {
                chunk.dropRow();
                return null; // the reader goes on to the next record
            }
            chunk.endRow();
            return chunk;
        }
    }

    /** A record beyond the reader's limits, at the line where it starts. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long line;
        final String fix;

        TooLarge(long line, String what, String fix) {
            super("the record starting at line " + line + " has " + what, null, false, false);
            this.line = line;
            this.fix = fix;
        }
    }

    /** Opens a named file, or returns stdin for {@code -}; a file that cannot be opened ends the run. */
    static InputStream open(String name, InputStream stdin) {
        if (name.equals("-")) {
            return stdin;
        }
        try {
            return Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw failure(name, "file not found", "check the path; it is taken relative to the current folder, "
                    + Path.of("").toAbsolutePath());
        } catch (AccessDeniedException e) {
            throw failure(name, "permission denied", "make the file readable, or copy it somewhere you can read");
        } catch (IOException e) {
            throw failure(name, "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder");
        }
    }

    private static BatchFailure failure(String name, String message, String fix) {
        return new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(name), message, fix));
    }

    /** The header row: the first record. An empty file ends the run. */
    List<String> header() {
        RowChunk first = new RowChunk(1, 256);
        if (!fill(first, 1)) {
            throw new BatchFailure(BatchFailure.Kind.INVALID_INPUT, Problem.error(Location.of(file),
                    "the file is empty: expected a header row of field ids",
                    "put the field ids in the first row; 'triage template --csv' prints it"));
        }
        headerLine = (int) Math.min(first.line(0), Integer.MAX_VALUE);
        return first.row(0).cells();
    }

    /** The physical line of the header row: 1 unless blank lines come before it. */
    int headerLine() {
        return headerLine;
    }

    /** Reads the next records into an empty chunk until it is full; false when there were none left. */
    boolean fill(RowChunk chunk) {
        return fill(chunk, chunk.capacity());
    }

    private boolean fill(RowChunk chunk, int most) {
        handler.chunk = chunk;
        try {
            while (chunk.size() < most && !chunk.fullOfText() && records.hasNext()) {
                records.next();
            }
            if (chunk.size() > 0) {
                lastLine = chunk.line(chunk.size() - 1);
            }
            return chunk.size() > 0;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw unreadable(io);
            }
            if (cause instanceof TooLarge large) {
                throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(file,
                        (int) Math.min(large.line, Integer.MAX_VALUE)), large.getMessage(), large.fix));
            }
            String message = cause instanceof CsvParseException own ? own.getMessage() : e.getMessage();
            long last = chunk.size() > 0 ? chunk.line(chunk.size() - 1) : lastLine;
            if (message != null && message.contains("maximum buffer size")) {
                // FastCSV refused to buffer more of one record (MAX_BUFFER): it is over the record limit
                throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(
                        Location.of(file, (int) Math.min(last + 1, Integer.MAX_VALUE)), "the record starting at line "
                        + (last + 1) + " has more than " + Limits.shown(MAX_CHARS) + " characters", TOO_LONG_FIX));
            }
            throw new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(
                    Location.of(file, (int) Math.min(last + 1, Integer.MAX_VALUE)), "the file is not valid CSV: "
                    + message, "close every double quote that opens a field, and double any quote inside it"));
        }
    }

    /** Ends the run at the first record of the chunk that holds an unclosed quote (see {@link #unclosedQuote}). */
    static void checkQuotes(String file, RowChunk chunk, int headerWidth) {
        for (int row = 0; row < chunk.size(); row++) {
            if (chunk.width(row) != headerWidth) {
                var unclosed = unclosedQuote(file, chunk.row(row), headerWidth);
                if (unclosed.isPresent()) {
                    throw unclosed.get();
                }
            }
        }
    }

    /**
     * A record whose number of fields differs from the header's and that holds a line break: a double quote
     * was opened and not closed, so the parser read the following lines into one cell (up to the end of
     * the file, when no other quote closes it). The rows swallowed would vanish, so the run stops instead.
     */
    static Optional<BatchFailure> unclosedQuote(String file, IntakeRow row, int headerWidth) {
        List<String> cells = row.cells();
        if (cells.size() == headerWidth || cells.stream().noneMatch(c -> c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0)) {
            return Optional.empty();
        }
        long breaks = 0;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i == cells.size() - 1) {
                c = c.replaceAll("[\r\n]+$", "");
            }
            breaks += lineBreaks(c);
        }
        long first = row.line();
        long last = first + breaks;
        return Optional.of(new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(
                Location.of(file, (int) Math.min(first, Integer.MAX_VALUE)),
                "a double quote opened in this row is not closed, so lines " + first + " to " + last
                        + " were read as one cell",
                "close the quote, or double a quote that is part of the text (\"\")")));
    }

    private static long lineBreaks(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\n' || ch == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    private BatchFailure unreadable(IOException e) {
        return new BatchFailure(BatchFailure.Kind.UNREADABLE, Problem.error(Location.of(file),
                "cannot read: " + e.getMessage(), "check that it is a readable file, not a folder"));
    }

    /** How many bytes of the input have been read (a little ahead of the records, by the buffers). */
    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** Drops a byte order mark at the very start; spreadsheets write one when saving "CSV UTF-8". */
    private static final class BomSkippingReader extends Reader {
        private final Reader in;
        private boolean started;

        BomSkippingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (!started && n > 0) {
                started = true;
                if (buf[off] == '\uFEFF') {
                    System.arraycopy(buf, off + 1, buf, off, n - 1);
                    return n == 1 ? read(buf, off, len) : n - 1;
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
