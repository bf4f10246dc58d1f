package org.triage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;

/**
 * "What would change this": the single-answer changes that give a different outcome, or the same outcome with a
 * technique no longer ruled out, found by evaluating the engine on each alternative answer (never written by
 * hand). For a number, the alternatives are the ends of its range and every threshold a rule compares it with,
 * with their neighbours, so the ranges found are exact (see {@link WhatIfRanges}). The changes come in the order a
 * clinician acts on them: those that move between massage and STM, those that lift an exclusion, then those that
 * would refer, then those that would leave the intake incomplete. Pure and deterministic.
 */
public final class WhatIf {

    /** What a change does, in the order the changes are listed. */
    public enum Kind {
        /** The outcome becomes massage or STM (from the other, or from a referral or an incomplete intake). */
        CARE,
        /** The outcome stays, and techniques ruled out today would no longer be. */
        LIFTS_EXCLUSION,
        /** The outcome becomes a referral. */
        REFERRAL,
        /** The outcome becomes incomplete. */
        INCOMPLETE
    }

    /**
     * With any of {@code alternatives} for {@code field}, the result would be {@code result}; {@code lifts} are the
     * techniques ruled out today that it would no longer rule out (for {@link Kind#LIFTS_EXCLUSION}, else empty).
     */
    public record Change(String field, List<String> alternatives, Recommendation result, Kind kind,
                         List<String> lifts) {
        public Change {
            alternatives = List.copyOf(alternatives);
            lifts = List.copyOf(lifts);
        }

        /** The alternatives in words: {@code 4 or more}, {@code saddle_numbness or chest_pain}. */
        public String change() {
            return String.join(" or ", alternatives);
        }

        /** The outcome in words: {@code massage}, {@code stm}, {@code incomplete}, {@code refer (urgent)}. */
        public String outcome() {
            return label(result);
        }
    }

    private static final String NOT_ANSWERED = "not answered";

    private WhatIf() {
    }

    public static List<Change> search(RuleSet ruleSet, Answers answers) {
        Recommendation now = Engine.evaluate(ruleSet, answers);
        String unchanged = effect(now, now);
        List<Change> out = new ArrayList<>();
        for (Field f : ruleSet.questionnaire().fields()) {
            if (f.type() == FieldType.TEXT) {
                continue;
            }
            if (f.type().isNumeric()) {
                out.addAll(WhatIfRanges.search(ruleSet, answers, f, now));
                continue;
            }
            Map<String, List<String>> byEffect = new LinkedHashMap<>();
            Map<String, Recommendation> results = new LinkedHashMap<>();
            Map<String, Answer> alternatives = choices(f, answers);
            if (answers.has(f.id())) {
                alternatives.put(NOT_ANSWERED, null);
            }
            for (Map.Entry<String, Answer> alt : alternatives.entrySet()) {
                Answers changed = alt.getValue() == null ? answers.without(f.id()) : answers.with(f.id(), alt.getValue());
                Recommendation r = Engine.evaluate(ruleSet, changed);
                String effect = effect(now, r);
                if (!effect.equals(unchanged)) {
                    byEffect.computeIfAbsent(effect, k -> new ArrayList<>()).add(alt.getKey());
                    results.putIfAbsent(effect, r);
                }
            }
            byEffect.forEach((effect, changes) -> actionable(change(f.id(), changes, now, results.get(effect)))
                    .ifPresent(out::add));
        }
        out.sort(Comparator.comparing(Change::kind)); // stable: within a kind, the questionnaire's order
        return List.copyOf(out);
    }

    /** Single: every other option. Multi: the current answer with one option added or taken away. */
    private static Map<String, Answer> choices(Field f, Answers answers) {
        Map<String, Answer> out = new LinkedHashMap<>();
        Optional<Answer> current = answers.get(f.id());
        if (f.type() != FieldType.MULTI) {
            f.optionIds().stream().filter(id -> !current.equals(Optional.of(new Answer.Choice(id))))
                    .forEach(id -> out.put(id, new Answer.Choice(id)));
            return out;
        }
        List<String> ids = current.map(a -> ((Answer.Choices) a).ids()).orElse(List.of());
        for (String id : f.optionIds()) {
            List<String> next = new ArrayList<>();
            boolean exclusive = f.option(id).orElseThrow().exclusive();
            if (ids.contains(id)) {
                ids.stream().filter(x -> !x.equals(id)).forEach(next::add);
            } else if (exclusive) {
                next.add(id);
            } else {
                ids.stream().filter(x -> !f.option(x).orElseThrow().exclusive()).forEach(next::add);
                next.add(id);
            }
            if (!next.isEmpty()) {
                List<String> ordered = f.optionIds().stream().filter(next::contains).toList();
                boolean adds = !ids.contains(id) && !exclusive && next.size() > 1;
                out.put((ids.contains(id) ? "without " : adds ? "also " : "") + id,
                        new Answer.Choices(ordered));
            }
        }
        return out;
    }

    /** The change of {@code field} to any of {@code alternatives}, which gives {@code result}. */
    static Change change(String field, List<String> alternatives, Recommendation now, Recommendation result) {
        List<String> lifts = lifted(now, result);
        Kind kind = result.outcome() == Outcome.REFER ? Kind.REFERRAL
                : result.outcome() == Outcome.INCOMPLETE ? Kind.INCOMPLETE
                : label(result).equals(label(now)) ? Kind.LIFTS_EXCLUSION : Kind.CARE;
        return new Change(field, alternatives, result, kind, lifts);
    }

    /**
     * Leaving a question unanswered is not a way to reach massage, STM or a technique: such a change keeps only
     * its real answers (and is dropped if it has none). It is kept where it refers or leaves the intake incomplete.
     */
    private static Optional<Change> actionable(Change c) {
        if (c.kind() != Kind.CARE && c.kind() != Kind.LIFTS_EXCLUSION) {
            return Optional.of(c);
        }
        List<String> answered = c.alternatives().stream().filter(a -> !a.equals(NOT_ANSWERED)).toList();
        return answered.isEmpty() ? Optional.empty()
                : Optional.of(new Change(c.field(), answered, c.result(), c.kind(), c.lifts()));
    }

    /** What {@code r} would change from {@code now}, as a key: equal keys are the same change. */
    static String effect(Recommendation now, Recommendation r) {
        return label(r) + " " + lifted(now, r);
    }

    /** With the same massage or STM outcome, the techniques {@code now} rules out and {@code r} would not. */
    private static List<String> lifted(Recommendation now, Recommendation r) {
        if (!label(r).equals(label(now)) || now.outcome() == Outcome.REFER || now.outcome() == Outcome.INCOMPLETE) {
            return List.of();
        }
        Set<String> still = r.excluded().stream().map(t -> t.technique().id()).collect(Collectors.toSet());
        return now.excluded().stream().map(t -> t.technique().id()).filter(id -> !still.contains(id)).toList();
    }

    static String label(Recommendation r) {
        return r.outcome().id() + r.referral().map(x -> " (" + x.urgency().id() + ")").orElse("");
    }
}
