package org.triage.cli;

import static org.triage.cli.FuzzChecks.located;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.triage.batch.BatchFailure;
import org.triage.batch.BatchOptions;
import org.triage.batch.BatchRun;

/**
 * The CSV intake reader and a whole batch run in memory, on any bytes as stdin: the first byte chooses the output
 * (bit 0: JSON lines), whether unknown columns are ignored (bit 1) and whether the report is counted (bit 2); the
 * rest is the CSV. A run either writes its rows or ends with the program's own failure, at a place in the input.
 */
class BatchFuzzTest {

    @FuzzTest
    void batch(byte[] input) {
        FuzzChecks.bounded(input, FuzzChecks.BASE, () -> {
            if (input.length == 0) {
                return;
            }
            int flags = input[0];
            BatchOptions options = new BatchOptions("-", "-",
                    (flags & 1) == 1 ? BatchOptions.Format.JSONL : BatchOptions.Format.CSV, List.of(), (flags & 2) == 2,
                    Optional.empty(), 1, (flags & 4) == 4);
            try {
                BatchRun.run(options, FuzzChecks.RULES, new ByteArrayInputStream(Arrays.copyOfRange(input, 1, input.length)),
                        new StringWriter(), System::nanoTime);
            } catch (BatchFailure f) {
                located(f.problems(), "<stdin>");
            }
        });
    }
}
