package org.triage.rules;

import org.triage.problem.Location;

/** A technique the rule set knows, and the approach it belongs to; {@code location} is where ruleset.yaml lists it. */
public record Technique(String id, Approach approach, String name, Location location) {
}
