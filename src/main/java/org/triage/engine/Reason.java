package org.triage.engine;

/** Why: a client-facing sentence and the rule it comes from. */
public record Reason(String ruleId, String text) {
}
