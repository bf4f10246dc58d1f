package org.triage.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for results: a string is encoded in one step ({@link String#getBytes}), and a large
 * one (a chunk of rows) goes to the stream without passing through the buffer. A surrogate pair split
 * between two writes is kept whole; a lone surrogate (which no text read as UTF-8 holds) is written as '?'.
 */
final class Utf8Writer extends Writer {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private int used;
    private char pendingHigh;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String s) throws IOException {
        ensureOpen();
        String text = s;
        if (pendingHigh != 0) {
            text = pendingHigh + text;
            pendingHigh = 0;
        }
        int n = text.length();
        if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
            pendingHigh = text.charAt(n - 1); // its low half comes with the next write
            text = text.substring(0, n - 1);
        }
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("the output is closed");
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.substring(off, off + len));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len));
    }

    private void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /** Writes text already encoded as UTF-8 (whole characters: rows rendered to bytes). */
    void writeUtf8(byte[] bytes, int off, int len) throws IOException {
        ensureOpen();
        if (pendingHigh != 0) { // half a character, which no text read as UTF-8 holds
            pendingHigh = 0;
            write(new byte[] {'?'});
        }
        write(bytes, off, len);
    }

    private void write(byte[] bytes, int off, int len) throws IOException {
        if (len > SIZE - used) {
            drain();
            if (len >= SIZE) {
                out.write(bytes, off, len);
                return;
            }
        }
        System.arraycopy(bytes, off, buffer, used, len);
        used += len;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                write(new byte[] {'?'});
            }
            flush();
        } finally {
            closed = true;
            out.close();
        }
    }
}
