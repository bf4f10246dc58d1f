package org.triage.rules;

import java.util.List;
import java.util.Optional;
import org.triage.problem.Location;

/**
 * A safety statement of {@code policies.yaml}: for every intake whose answers that apply meet {@code when} (every
 * intake when empty), the result meets {@code requirement}. {@code says} is the statement in plain words.
 */
public record Policy(String id, String says, List<String> sources, Optional<Condition> when, Requirement requirement,
                     Location location) {

    public Policy {
        sources = List.copyOf(sources);
    }
}
