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
 * result differs between them (outcome, urgency, techniques given, techniques excluded, precautions), and which
 * rules explain the difference. Pure, like the engine.
 */
public final class Comparison {

    /** Under which rule set a rule fired for the intake. */
    public enum Fired { OLD_ONLY, NEW_ONLY, BOTH }

    /** How a rule id stands between the two rule sets. */
    public enum Status { ADDED, REMOVED, EDITED, SAME }

    /** A rule that explains why an intake's result differs. */
    public record Responsible(String ruleId, Fired fired, Status status) {
    }

    /** A precaution as the comparison sees it: the technique and the note, whichever rule gives it. */
    public record PrecautionNote(String technique, String note) {
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

    /** Whether any of the five differ: the outcome, the urgency, the techniques given or excluded, the precautions. */
    public static boolean differ(Recommendation older, Recommendation newer) {
        return outcomeOrTechniquesDiffer(older, newer) || precautionsDiffer(older, newer);
    }

    /**
     * Whether the outcome, the urgency, the techniques given or the techniques excluded differ (as sets: a
     * technique moved within ruleset.yaml changes no result).
     */
    public static boolean outcomeOrTechniquesDiffer(Recommendation older, Recommendation newer) {
        return older.outcome() != newer.outcome() || !urgency(older).equals(urgency(newer))
                || !sameTechniques(older.techniques(), newer.techniques())
                || !sameTechniques(older.excluded(), newer.excluded());
    }

    /** The same techniques, as sets; the same list in the same order, what most intakes have, needs no sets. */
    private static boolean sameTechniques(List<TechniqueResult> a, List<TechniqueResult> b) {
        if (a.size() == b.size()) {
            int i = 0;
            while (i < a.size() && a.get(i).technique().id().equals(b.get(i).technique().id())) {
                i++;
            }
            if (i == a.size()) {
                return true;
            }
        }
        return set(ids(a)).equals(set(ids(b)));
    }

    /**
     * Whether the precautions differ as sets of (technique, note) pairs: which rule gives a note, and the order
     * of the techniques in ruleset.yaml, change nothing.
     */
    public static boolean precautionsDiffer(Recommendation older, Recommendation newer) {
        List<PrecautionResult> a = older.precautions();
        List<PrecautionResult> b = newer.precautions();
        return !sameInOrder(a, b) && !notes(a).equals(notes(b));
    }

    /** The same pairs in the same order: what most intakes have under both, found without building sets. */
    private static boolean sameInOrder(List<PrecautionResult> a, List<PrecautionResult> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).technique().equals(b.get(i).technique()) || !a.get(i).note().equals(b.get(i).note())) {
                return false;
            }
        }
        return true;
    }

    /** The (technique, note) pairs of a result's precautions, in its order, each once. */
    public static List<PrecautionNote> precautions(Recommendation r) {
        return List.copyOf(notes(r.precautions()));
    }

    /** The ids of the techniques that carry at least one precaution, in the result's order, each once. */
    public static List<String> cautioned(Recommendation r) {
        return r.precautions().stream().map(PrecautionResult::technique).distinct().toList();
    }

    /** Whether a technique that carries precautions under both results carries different notes. */
    public static boolean notesChanged(Recommendation older, Recommendation newer) {
        Map<String, Set<String>> before = notesByTechnique(older);
        Map<String, Set<String>> after = notesByTechnique(newer);
        return before.entrySet().stream()
                .anyMatch(e -> after.containsKey(e.getKey()) && !after.get(e.getKey()).equals(e.getValue()));
    }

    private static Set<PrecautionNote> notes(List<PrecautionResult> precautions) {
        Set<PrecautionNote> out = new LinkedHashSet<>();
        precautions.forEach(p -> out.add(new PrecautionNote(p.technique(), p.note())));
        return out;
    }

    private static Map<String, Set<String>> notesByTechnique(Recommendation r) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        r.precautions().forEach(p -> out.computeIfAbsent(p.technique(), k -> new LinkedHashSet<>()).add(p.note()));
        return out;
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
