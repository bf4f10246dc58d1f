package org.triage.engine;

import java.util.List;
import org.triage.rules.Technique;

/** A technique given or ruled out, with the reasons. */
public record TechniqueResult(Technique technique, List<Reason> because) {
    public TechniqueResult {
        because = List.copyOf(because);
    }
}
