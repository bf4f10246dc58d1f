package org.triage.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch run reads and writes. {@code input} and {@code output} are file names, {@code -} for the
 * standard streams; {@code mappings} are {@code "Column Name=field_id"} entries; with {@code report}, the run also
 * counts what the batch report shows ({@link Summary#forReport}).
 */
public record BatchOptions(String input, String output, Format format, List<String> mappings,
                           boolean ignoreUnknownColumns, Optional<String> errors, int threads, boolean report) {

    /** The output format. */
    public enum Format { CSV, JSONL, FHIR }

    public BatchOptions {
        Objects.requireNonNull(input);
        Objects.requireNonNull(output);
        Objects.requireNonNull(format);
        mappings = List.copyOf(mappings);
        Objects.requireNonNull(errors);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    static String shown(String name) {
        return name.equals("-") ? "<stdin>" : name;
    }
}
