package org.triage.rules;

import java.util.List;

/** A note for the clinician on how to modify, or whether to clear, the given techniques. */
public record Precaution(List<String> techniques, String note) {
    public Precaution {
        techniques = List.copyOf(techniques);
    }
}
