package org.triage.engine;

import java.util.Map;
import org.triage.rules.Answer;
import org.triage.rules.Rule;

/** A rule that fired, with the answers its condition looked at. */
public record Firing(Rule rule, Map<String, Answer> answers) {
    public Firing {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
