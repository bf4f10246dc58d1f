package org.triage.batch;

import java.io.IOException;

/**
 * Where results go, in input order. Result rows are rendered to text on the threads that evaluate them, a chunk
 * of rows into one builder, so that the thread that reads and writes the files mostly writes that text (it
 * renders only the rows of the errors file).
 */
interface RowSink {

    /** Appends a row's output (its line or lines, each with its end of line). Pure and thread-safe. */
    void render(RowResult row, StringBuilder into);

    /** Writes text that {@link #render} made, in input order. */
    void write(String text) throws IOException;

    /** Writes what is buffered; the sink's stream stays open. */
    void flush() throws IOException;
}
