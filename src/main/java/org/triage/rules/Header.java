package org.triage.rules;

import java.util.List;
import java.util.Map;

/** The content of {@code ruleset.yaml}. */
record Header(String version, Decision decision, List<Technique> techniques, Map<String, String> sources,
              String fhirBase) {
}
