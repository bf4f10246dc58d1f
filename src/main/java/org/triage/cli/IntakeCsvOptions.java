package org.triage.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How an intake CSV is read: the options that batch and rules diff share. */
final class IntakeCsvOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--map", paramLabel = "COLUMN=FIELD",
            description = "Read a column of another name as a field (repeatable).")
    List<String> mappings = new ArrayList<>();

    @Option(names = "--ignore-unknown-columns", description = "Skip columns that are not field ids.")
    boolean ignoreUnknownColumns;

    @Option(names = "--threads", paramLabel = "N", description = "Rows evaluated in parallel (default: the processors).")
    Integer threads;

    /** The number of threads asked for, or the processors; at least 1. */
    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
        }
        return n;
    }
}
