package org.triage.batch;

import java.util.Collections;
import java.util.List;

/** One record of the intake file as read: the physical line where it starts and its cells. */
record IntakeRow(long line, List<String> cells) {
    IntakeRow {
        cells = Collections.unmodifiableList(cells); // a view, not a copy: the reader's list is already one of its own
    }
}
