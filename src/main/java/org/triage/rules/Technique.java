package org.triage.rules;

/** A technique the rule set knows, and the approach it belongs to. */
public record Technique(String id, Approach approach, String name) {
}
