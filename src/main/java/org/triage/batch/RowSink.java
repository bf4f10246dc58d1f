package org.triage.batch;

import java.io.IOException;
import java.io.Writer;

/**
 * Where results go, in input order. Result rows are rendered to UTF-8 bytes on the threads that evaluate them, a
 * chunk of rows into one buffer, so that the thread that reads and writes the files mostly copies those bytes out
 * (it renders only the rows of the errors file).
 */
abstract class RowSink {

    private final Writer out;
    /**
     * The file this sink writes, for a sink that is not the run's main output: a failure to write it is named as its
     * own, not the results'. Null for the main output, whose caller names it.
     */
    private final String name;

    RowSink(Writer out) {
        this(out, null);
    }

    RowSink(Writer out, String name) {
        this.out = out;
        this.name = name;
    }

    /** Appends a row's output (its line or lines, each with its end of line). Pure and thread-safe. */
    abstract void render(RowResult row, Utf8Buffer into);

    /** Writes a header, in input order. */
    final void write(String text) throws IOException {
        try {
            out.write(text);
        } catch (IOException e) {
            throw named(e);
        }
    }

    /** Writes bytes that {@link #render} made, in input order. */
    final void write(Utf8Buffer rendered) throws IOException {
        try {
            if (out instanceof Utf8Writer utf8) {
                utf8.writeUtf8(rendered.array(), 0, rendered.length());
            } else { // standard output, or a test's writer: the rows are whole, so the bytes decode on their own
                out.write(rendered.toString());
            }
        } catch (IOException e) {
            throw named(e);
        }
    }

    /** Writes what is buffered; the sink's stream stays open. */
    final void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw named(e);
        }
    }

    private IOException named(IOException e) {
        if (name == null) {
            return e;
        }
        throw Targets.cannotWrite(name, e);
    }
}
