package org.triage.batch;

import java.util.List;
import java.util.Objects;

/**
 * What a rules diff reads and how it reports: the intake file ({@code -} for stdin), how the two rule sets
 * are named in the report, the format, {@code "Column Name=field_id"} mappings and the threads to use.
 */
public record DiffOptions(String input, String oldName, String newName, Format format, List<String> mappings,
                          boolean ignoreUnknownColumns, int threads) {

    /** The report's format. */
    public enum Format { TEXT, JSON }

    public DiffOptions {
        Objects.requireNonNull(input);
        Objects.requireNonNull(oldName);
        Objects.requireNonNull(newName);
        Objects.requireNonNull(format);
        mappings = List.copyOf(mappings);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
