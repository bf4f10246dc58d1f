package org.triage.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable run of UTF-8 bytes: output rows are rendered straight into bytes on the evaluating threads, so the
 * thread that writes the file only copies them out. Text is encoded as {@link String#getBytes} encodes it to
 * UTF-8 (a lone surrogate, which no text read as UTF-8 holds, becomes '?'). Not thread-safe.
 */
final class Utf8Buffer {

    /** The most bytes an array holds on the usual JVMs. */
    private static final int MAX = Integer.MAX_VALUE - 8;

    private byte[] bytes;
    private int length;

    Utf8Buffer(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    byte byteAt(int i) {
        return bytes[i];
    }

    /** How many bytes it holds without growing. */
    int capacity() {
        return bytes.length;
    }

    /** Drops what comes after the first {@code n} bytes. */
    void truncate(int n) {
        length = n;
    }

    /** Removes the byte at {@code i}. */
    void removeAt(int i) {
        System.arraycopy(bytes, i + 1, bytes, i, length - i - 1);
        length--;
    }

    /** The bytes; only the first {@link #length} are the text. */
    byte[] array() {
        return bytes;
    }

    /** A copy of the bytes from {@code start} to the end. */
    byte[] copyFrom(int start) {
        return Arrays.copyOfRange(bytes, start, length);
    }

    private void room(int n) {
        if (length + n > bytes.length) {
            grow(n);
        }
    }

    /**
     * Makes room for {@code n} more bytes: at least double. Kept out of {@link #room}, which is in every append, so
     * that the compiled appends stay small (a buffer is used again and soon stops growing).
     */
    private void grow(int n) {
        long wanted = Math.max(2L * bytes.length, (long) length + n);
        if (wanted > MAX) {
            if ((long) length + n > MAX) {
                throw new OutOfMemoryError("a chunk of output larger than " + MAX + " bytes");
            }
            wanted = MAX;
        }
        bytes = Arrays.copyOf(bytes, (int) wanted);
    }

    /** Appends one ASCII character. */
    Utf8Buffer append(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
        return this;
    }

    Utf8Buffer append(byte[] b) {
        return append(b, 0, b.length);
    }

    Utf8Buffer append(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, bytes, length, len);
        length += len;
        return this;
    }

    /** Appends a number in decimal digits (with a minus sign when negative). */
    Utf8Buffer append(long n) {
        if (n < 0) {
            if (n == Long.MIN_VALUE) {
                return append(Long.toString(n));
            }
            append('-');
            return append(-n);
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        room(digits);
        long rest = n;
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length += digits;
        return this;
    }

    /** Appends text encoded as UTF-8. */
    Utf8Buffer append(CharSequence s) {
        int n = s.length();
        room(n);
        int i = 0;
        for (; i < n; i++) { // ASCII, the usual case, a byte per character
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            bytes[length++] = (byte) c;
        }
        if (i < n) {
            byte[] rest = s.subSequence(i, n).toString().getBytes(StandardCharsets.UTF_8);
            append(rest);
        }
        return this;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
