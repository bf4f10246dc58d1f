package org.triage.batch;

import java.io.IOException;

/** Where results go, one row at a time, in input order. */
interface RowSink {

    void write(RowResult row) throws IOException;

    /** Writes what is buffered; the sink's stream stays open. */
    void flush() throws IOException;
}
