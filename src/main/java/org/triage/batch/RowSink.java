package org.triage.batch;

import java.io.IOException;

/** Where results go, one row at a time, in input order. */
interface RowSink {

    /**
     * Prepares a row's output (cells or a line of text). Pure and thread-safe: it runs on the threads that
     * evaluate rows, so that the thread that reads and writes the files does as little as possible.
     */
    default Object render(RowResult row) {
        return null;
    }

    /** Writes a row, with what {@link #render} made of it. */
    void write(RowResult row, Object rendered) throws IOException;

    /** Writes what is buffered; the sink's stream stays open. */
    void flush() throws IOException;
}
