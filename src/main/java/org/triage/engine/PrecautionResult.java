package org.triage.engine;

/** A precaution on a technique that is given, from one rule. */
public record PrecautionResult(String technique, String note, String ruleId) {
}
