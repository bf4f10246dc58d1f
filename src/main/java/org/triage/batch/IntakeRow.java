package org.triage.batch;

import java.util.List;

/** One record of the intake file as read: the physical line where it starts and its cells. */
record IntakeRow(long line, List<String> cells) {
    IntakeRow {
        cells = List.copyOf(cells);
    }
}
