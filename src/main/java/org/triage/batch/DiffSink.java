package org.triage.batch;

import java.io.IOException;
import org.triage.engine.Comparison;
import org.triage.rules.RuleSet;

/** Where a rules diff goes: a heading, then each reported intake as it is found, then the summary. */
interface DiffSink {

    void start(RuleSet older, RuleSet newer, Comparison comparison) throws IOException;

    void row(RowDiff row) throws IOException;

    void end(DiffSummary summary) throws IOException;
}
