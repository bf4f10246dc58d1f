package org.triage.engine;

import java.util.ArrayList;
import java.util.List;
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
 * The changes of a number for {@link WhatIf}: the engine is run at the ends of the field's range and at every
 * threshold a rule compares it with, with their neighbours; runs of points with the same effect become ranges,
 * and the ranges next to the current answer, on each side, are reported.
 */
final class WhatIfRanges {

    private WhatIfRanges() {
    }

    static List<WhatIf.Change> search(RuleSet ruleSet, Answers answers, Field f, Recommendation now) {
        TreeSet<Double> points = points(ruleSet, f);
        Optional<Double> current = answers.get(f.id()).map(a -> ((Answer.Num) a).value());
        current.ifPresent(points::add);
        List<Double> xs = new ArrayList<>(points);
        List<Recommendation> rs = xs.stream()
                .map(x -> Engine.evaluate(ruleSet, answers.with(f.id(), new Answer.Num(x)))).toList();
        List<String> effects = rs.stream().map(r -> WhatIf.effect(now, r)).toList();
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            if (runs.isEmpty() || !effects.get(i).equals(effects.get(runs.get(runs.size() - 1)[0]))) {
                runs.add(new int[] {i, i});
            } else {
                runs.get(runs.size() - 1)[1] = i;
            }
        }
        int at = current.map(xs::indexOf).orElse(-1);
        String unchanged = WhatIf.effect(now, now);
        List<WhatIf.Change> out = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            int[] run = runs.get(k);
            boolean beside = at < 0 || contains(runs, k + 1, at) || contains(runs, k - 1, at);
            boolean whole = run[0] == 0 && run[1] == xs.size() - 1;
            if (beside && !effects.get(run[0]).equals(unchanged) && !whole) {
                out.add(WhatIf.change(f.id(), List.of(range(f, xs.get(run[0]), xs.get(run[1]))), now, rs.get(run[0])));
            }
        }
        return out;
    }

    private static boolean contains(List<int[]> runs, int k, int at) {
        return k >= 0 && k < runs.size() && runs.get(k)[0] <= at && at <= runs.get(k)[1];
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
}
