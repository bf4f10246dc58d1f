package org.triage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triage.rules.Case;
import org.triage.rules.Expectation;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/** Runs one of the rule set's own cases and says what differs from what it expects. */
public final class CaseCheck {

    private CaseCheck() {
    }

    /** The result of a case: what came out, and each way it differs from the expectation (none when it passes). */
    public record Outcome(Case testCase, Recommendation result, List<String> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    public static Outcome run(RuleSet ruleSet, Case c) {
        Recommendation r = Engine.evaluate(ruleSet, c.answers());
        Expectation e = c.expect();
        List<String> failures = new ArrayList<>();
        if (r.outcome() != e.outcome()) {
            failures.add("outcome: expected " + e.outcome().id() + ", got " + r.outcome().id());
        }
        Optional<Urgency> urgency = r.referral().map(Referral::urgency);
        if (e.urgency().isPresent() && !e.urgency().equals(urgency)) {
            failures.add("urgency: expected " + e.urgency().get().id() + ", got " + urgency.map(Urgency::id).orElse("none"));
        }
        List<String> fired = r.rulesFired();
        e.fired().stream().filter(id -> !fired.contains(id)).forEach(id -> failures.add("rule " + id + " did not fire"));
        e.notFired().stream().filter(fired::contains).forEach(id -> failures.add("rule " + id + " fired, expected not to"));
        List<String> given = ids(r.techniques());
        e.techniques().ifPresent(expected -> {
            if (!(given.containsAll(expected) && expected.containsAll(given))) {
                failures.add("techniques: expected " + expected + ", got " + given);
            }
        });
        e.includes().stream().filter(id -> !given.contains(id))
                .forEach(id -> failures.add("technique " + id + " is not recommended; got " + given));
        List<String> excluded = ids(r.excluded());
        e.excluded().stream().filter(id -> !excluded.contains(id))
                .forEach(id -> failures.add("technique " + id + " is not excluded; excluded: " + excluded));
        List<String> cautioned = r.precautions().stream().map(PrecautionResult::technique).distinct().toList();
        e.precautions().stream().filter(id -> !cautioned.contains(id))
                .forEach(id -> failures.add("technique " + id + " has no precaution; precautions on: " + cautioned));
        e.missing().ifPresent(expected -> {
            if (!(r.missing().containsAll(expected) && expected.containsAll(r.missing()))) {
                failures.add("missing: expected " + expected + ", got " + r.missing());
            }
        });
        return new Outcome(c, r, List.copyOf(failures));
    }

    private static List<String> ids(List<TechniqueResult> list) {
        return list.stream().map(t -> t.technique().id()).toList();
    }
}
