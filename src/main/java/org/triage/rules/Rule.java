package org.triage.rules;

import java.util.List;
import org.triage.problem.Location;

/** One clinical rule: when its condition holds, its effects apply, for the reason given. */
public record Rule(String id, String description, String because, List<String> sources,
                   Condition when, Effects effects, Location location) {

    public Rule {
        sources = List.copyOf(sources);
    }

    public boolean refers() {
        return effects.refer().isPresent();
    }
}
