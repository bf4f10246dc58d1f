package org.triage.batch;

import java.util.Collections;
import java.util.List;

/** One record of the intake file as read: the physical line where it starts and its cells. */
record IntakeRow(long line, List<String> cells) {
    IntakeRow {
        // a view, not a copy: FastCSV 4 gives each record a list over an array of its own (check on upgrading it)
        cells = Collections.unmodifiableList(cells);
    }
}
