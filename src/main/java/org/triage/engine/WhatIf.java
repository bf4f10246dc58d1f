package org.triage.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;

/**
 * "What would change this": the single-answer changes that give a different outcome, found by evaluating
 * the engine on each alternative answer (never written by hand). For a number, the alternatives are the
 * ends of its range and every threshold a rule compares it with, with their neighbours, so the ranges found
 * are exact; the range next to the current answer is reported on each side. Pure and deterministic.
 */
public final class WhatIf {

    /** With {@code change} to {@code field}, the result would be {@code result}. */
    public record Change(String field, String change, Recommendation result) {
        /** The outcome in words: {@code massage}, {@code stm}, {@code incomplete}, {@code refer (urgent)}. */
        public String outcome() {
            return label(result);
        }
    }

    private WhatIf() {
    }

    public static List<Change> search(RuleSet ruleSet, Answers answers) {
        Recommendation now = Engine.evaluate(ruleSet, answers);
        List<Change> out = new ArrayList<>();
        for (Field f : ruleSet.questionnaire().fields()) {
            if (f.type() == FieldType.TEXT) {
                continue;
            }
            Map<String, List<String>> byOutcome = new LinkedHashMap<>();
            Map<String, Recommendation> results = new LinkedHashMap<>();
            if (f.type().isNumeric()) {
                out.addAll(numeric(ruleSet, answers, f, now));
                continue;
            }
            for (Map.Entry<String, Answer> alt : choices(f, answers).entrySet()) {
                Recommendation r = Engine.evaluate(ruleSet, answers.with(f.id(), alt.getValue()));
                if (!label(r).equals(label(now))) {
                    byOutcome.computeIfAbsent(label(r), k -> new ArrayList<>()).add(alt.getKey());
                    results.putIfAbsent(label(r), r);
                }
            }
            if (answers.has(f.id())) {
                Recommendation r = Engine.evaluate(ruleSet, answers.without(f.id()));
                if (!label(r).equals(label(now))) {
                    byOutcome.computeIfAbsent(label(r), k -> new ArrayList<>()).add("not answered");
                    results.putIfAbsent(label(r), r);
                }
            }
            byOutcome.forEach((label, changes) -> out.add(new Change(f.id(), String.join(" or ", changes), results.get(label))));
        }
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

    private static List<Change> numeric(RuleSet ruleSet, Answers answers, Field f, Recommendation now) {
        TreeSet<Double> points = points(ruleSet, f);
        Optional<Double> current = answers.get(f.id()).map(a -> ((Answer.Num) a).value());
        current.ifPresent(points::add);
        List<Double> xs = new ArrayList<>(points);
        List<Recommendation> rs = xs.stream().map(x -> Engine.evaluate(ruleSet, answers.with(f.id(), new Answer.Num(x)))).toList();
        List<Change> out = new ArrayList<>();
        int at = current.map(xs::indexOf).orElse(-1);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            if (runs.isEmpty() || !label(rs.get(i)).equals(label(rs.get(runs.get(runs.size() - 1)[0])))) {
                runs.add(new int[] {i, i});
            } else {
                runs.get(runs.size() - 1)[1] = i;
            }
        }
        for (int k = 0; k < runs.size(); k++) {
            int[] run = runs.get(k);
            boolean next = at < 0 || (k + 1 < runs.size() && runs.get(k + 1)[0] <= at && at <= runs.get(k + 1)[1])
                    || (k > 0 && runs.get(k - 1)[0] <= at && at <= runs.get(k - 1)[1]);
            if (next && !label(rs.get(run[0])).equals(label(now)) && !(run[0] == 0 && run[1] == xs.size() - 1)) {
                out.add(new Change(f.id(), range(f, xs.get(run[0]), xs.get(run[1])), rs.get(run[0])));
            }
        }
        return out;
    }

    private static String range(Field f, double low, double high) {
        String lo = new Answer.Num(low).display();
        String hi = new Answer.Num(high).display();
        if (low == f.min()) {
            return hi + " or less";
        }
        if (high == f.max()) {
            return lo + " or more";
        }
        return low == high ? lo : "from " + lo + " to " + hi;
    }

    private static TreeSet<Double> points(RuleSet ruleSet, Field f) {
        double step = f.type() == FieldType.INTEGER ? 1 : 0.1;
        TreeSet<Double> out = new TreeSet<>(List.of(f.min(), f.max()));
        List<Condition.NumberTest> tests = new ArrayList<>();
        for (Rule r : ruleSet.rules()) {
            collect(r.when(), f.id(), tests);
        }
        for (Condition.NumberTest n : tests) {
            for (double t : new double[] {n.low(), n.high()}) {
                for (double v : new double[] {t - step, t, t + step}) {
                    double rounded = Math.round(v * 10) / 10.0;
                    if (rounded >= f.min() && rounded <= f.max()) {
                        out.add(rounded);
                    }
                }
            }
        }
        return out;
    }

    private static void collect(Condition c, String field, List<Condition.NumberTest> into) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collect(p, field, into));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collect(p, field, into));
        } else if (c instanceof Condition.Not not) {
            collect(not.inner(), field, into);
        } else if (c instanceof Condition.NumberTest n && n.field().equals(field)) {
            into.add(n);
        }
    }

    static String label(Recommendation r) {
        return r.outcome().id() + r.referral().map(x -> " (" + x.urgency().id() + ")").orElse("");
    }
}
