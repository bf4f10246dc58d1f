package org.triage.rules;

import java.util.Optional;
import org.triage.problem.Location;

/**
 * One option of a choice field; an exclusive option (such as {@code none}) stands alone. The location is where
 * questions.yaml lists it (none for the implied yes and no of a yes/no question).
 */
public record Option(String id, String label, boolean exclusive, Optional<Location> location) {

    public Option(String id, String label, boolean exclusive) {
        this(id, label, exclusive, Optional.empty());
    }
}
