package org.triage.batch;

import java.io.IOException;
import java.io.Writer;

/**
 * Where results go, in input order. Result rows are rendered to text on the threads that evaluate them, a chunk
 * of rows into one builder, so that the thread that reads and writes the files mostly writes that text (it
 * renders only the rows of the errors file).
 */
abstract class RowSink {

    private final Writer out;

    RowSink(Writer out) {
        this.out = out;
    }

    /** Appends a row's output (its line or lines, each with its end of line). Pure and thread-safe. */
    abstract void render(RowResult row, StringBuilder into);

    /** Writes text that {@link #render} made (or a header), in input order. */
    final void write(String text) throws IOException {
        out.write(text);
    }

    /** Writes what is buffered; the sink's stream stays open. */
    final void flush() throws IOException {
        out.flush();
    }
}
