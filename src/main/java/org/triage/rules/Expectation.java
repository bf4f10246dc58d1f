package org.triage.rules;

import java.util.List;
import java.util.Optional;

/** What a case expects of the result; empty parts are not checked. */
public record Expectation(Outcome outcome, Optional<Urgency> urgency, List<String> fired, List<String> notFired,
                          Optional<List<String>> techniques, List<String> includes, List<String> excluded,
                          List<String> precautions, Optional<List<String>> missing) {
}
