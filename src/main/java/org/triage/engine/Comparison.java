package org.triage.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;

/**
 * Two versions of a rule set side by side: which rules were added, removed or edited, whether an intake's
 * result differs between them, and which rules explain the difference. Pure, like the engine.
 */
public final class Comparison {

    /** Under which rule set a rule fired for the intake. */
    public enum Fired { OLD_ONLY, NEW_ONLY, BOTH }

    /** How a rule id stands between the two rule sets. */
    public enum Status { ADDED, REMOVED, EDITED, SAME }

    /** A rule that explains why an intake's result differs. */
    public record Responsible(String ruleId, Fired fired, Status status) {
    }

    private final Map<String, Rule> before = new LinkedHashMap<>();
    private final Map<String, Rule> after = new LinkedHashMap<>();
    private final List<String> added = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<String> edited = new ArrayList<>();

    public Comparison(RuleSet older, RuleSet newer) {
        older.rules().forEach(r -> before.put(r.id(), r));
        newer.rules().forEach(r -> after.put(r.id(), r));
        for (Rule r : newer.rules()) {
            Rule old = before.get(r.id());
            if (old == null) {
                added.add(r.id());
            } else if (!old.when().equals(r.when()) || !old.effects().equals(r.effects())) {
                edited.add(r.id());
            }
        }
        older.rules().stream().map(Rule::id).filter(id -> !after.containsKey(id)).forEach(removed::add);
    }

    /** Rule ids only the new rule set has, in its order. */
    public List<String> added() {
        return List.copyOf(added);
    }

    /** Rule ids only the old rule set has, in its order. */
    public List<String> removed() {
        return List.copyOf(removed);
    }

    /** Rule ids in both whose condition or effects differ (wording alone changes no result). */
    public List<String> edited() {
        return List.copyOf(edited);
    }

    public Status status(String ruleId) {
        if (!before.containsKey(ruleId)) {
            return Status.ADDED;
        }
        if (!after.containsKey(ruleId)) {
            return Status.REMOVED;
        }
        return edited.contains(ruleId) ? Status.EDITED : Status.SAME;
    }

    /**
     * Whether the outcome, the urgency, the techniques given or the techniques excluded differ (as sets: a
     * technique moved within ruleset.yaml changes no result).
     */
    public static boolean differ(Recommendation older, Recommendation newer) {
        return older.outcome() != newer.outcome() || !urgency(older).equals(urgency(newer))
                || !set(ids(older.techniques())).equals(set(ids(newer.techniques())))
                || !set(ids(older.excluded())).equals(set(ids(newer.excluded())));
    }

    /**
     * The rules behind a difference: those that fire under the new rule set only, then those that fired under
     * the old one only, then those that fire under both but were edited.
     */
    public List<Responsible> responsible(Recommendation older, Recommendation newer) {
        Set<String> firedBefore = new LinkedHashSet<>(older.rulesFired());
        Set<String> firedAfter = new LinkedHashSet<>(newer.rulesFired());
        List<Responsible> out = new ArrayList<>();
        firedAfter.stream().filter(id -> !firedBefore.contains(id))
                .forEach(id -> out.add(new Responsible(id, Fired.NEW_ONLY, status(id))));
        firedBefore.stream().filter(id -> !firedAfter.contains(id))
                .forEach(id -> out.add(new Responsible(id, Fired.OLD_ONLY, status(id))));
        firedAfter.stream().filter(firedBefore::contains).filter(id -> status(id) == Status.EDITED)
                .forEach(id -> out.add(new Responsible(id, Fired.BOTH, Status.EDITED)));
        return List.copyOf(out);
    }

    /** The ids of the techniques, in the rule set's order. */
    public static List<String> ids(List<TechniqueResult> techniques) {
        return techniques.stream().map(t -> t.technique().id()).toList();
    }

    private static Optional<String> urgency(Recommendation r) {
        return r.referral().map(x -> x.urgency().id());
    }

    private static Set<String> set(List<String> ids) {
        return Set.copyOf(ids);
    }
}
