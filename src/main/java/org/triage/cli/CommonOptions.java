package org.triage.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set folder (default: the rule set built into the program from rules/).")
    Path rules;

    @Option(names = "--verbose", description = "Show the full details of an unexpected error (for bug reports).")
    boolean verbose;
}
