package org.triage.rules;

import org.triage.problem.Location;

/** One of the rule set's own test cases: answers and the expected result. */
public record Case(String name, Location location, Answers answers, Expectation expect) {
}
