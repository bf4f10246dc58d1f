package org.triage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Option;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;

/**
 * Generates intakes over the whole field space of a rule set's questionnaire: every field, follow-ups
 * included whatever their {@code ask_when}, is either unanswered or holds a valid answer.
 *
 * <p>The skew is there so that a few thousand tries reach every outcome: an exclusive option
 * ({@code none} of red flags and conditions) and the first option of a single-choice field (the
 * usual answer: consent self, no injury, no prior massage) come up more often than the others,
 * and numbers favour the ends of their range and the thresholds the rules compare them with
 * (and the values next to them), so that both sides of every numeric condition are reached.
 */
final class Intakes {

    private Intakes() {
    }

    static Arbitrary<Answers> of(RuleSet ruleSet) {
        List<Field> fields = ruleSet.questionnaire().fields();
        Map<String, TreeSet<Double>> thresholds = thresholds(ruleSet);
        List<Arbitrary<Optional<Answer>>> perField = new ArrayList<>();
        for (Field f : fields) {
            perField.add(maybe(f, answer(f, thresholds.getOrDefault(f.id(), new TreeSet<>()))));
        }
        return Combinators.combine(perField).as(values -> {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                String id = fields.get(i).id();
                values.get(i).ifPresent(a -> answers.put(id, a));
            }
            return new Answers(answers);
        });
    }

    /**
     * A screening question is left out 1 time in 25 (that gives incomplete), any other question 1 in 3.
     * jqwik's own edge cases are off: they pick the first and last option far more often than the
     * others, so the weights here decide alone.
     */
    private static Arbitrary<Optional<Answer>> maybe(Field f, Arbitrary<Answer> answer) {
        int answered = f.screening() ? 24 : 2;
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(1, Arbitraries.just(Optional.<Answer>empty())),
                Tuple.of(answered, answer.map(Optional::of)))).withoutEdgeCases();
    }

    private static Arbitrary<Answer> answer(Field f, TreeSet<Double> thresholds) {
        return switch (f.type()) {
            case TEXT -> Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(10)
                    .map(Answer.Text::new);
            case YES_NO -> Arbitraries.of(f.optionIds()).withoutEdgeCases().map(Answer.Choice::new);
            case SINGLE -> single(f);
            case MULTI -> multi(f);
            case INTEGER, NUMBER -> number(f, thresholds);
        };
    }

    /** Any option; the first (the usual answer) half of the time or more. */
    private static Arbitrary<Answer> single(Field f) {
        List<String> ids = f.optionIds();
        List<Tuple2<Integer, String>> weighted = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            weighted.add(Tuple.of(i == 0 ? 2 * (ids.size() - 1) : 1, ids.get(i)));
        }
        return Arbitraries.frequency(weighted).withoutEdgeCases().map(Answer.Choice::new);
    }

    /**
     * Any non-empty subset: an exclusive option alone (most often, where there is one), one option,
     * two or three, or any number of them.
     */
    private static Arbitrary<Answer> multi(Field f) {
        List<String> exclusive = f.options().stream().filter(Option::exclusive).map(Option::id).toList();
        List<String> others = f.options().stream().filter(o -> !o.exclusive()).map(Option::id).toList();
        Arbitrary<String> other = Arbitraries.of(others).withoutEdgeCases();
        List<Tuple2<Integer, Arbitrary<List<String>>>> choices = new ArrayList<>();
        if (!exclusive.isEmpty()) {
            choices.add(Tuple.of(24, Arbitraries.of(exclusive).map(List::of)));
        }
        choices.add(Tuple.of(4, other.map(List::of)));
        choices.add(Tuple.of(3, other.list().ofMinSize(2).ofMaxSize(Math.min(3, others.size())).uniqueElements()));
        choices.add(Tuple.of(1, Arbitraries.subsetOf(others).ofMinSize(1).map(ArrayList::new)));
        List<String> order = f.optionIds();
        return Arbitraries.frequencyOf(choices).withoutEdgeCases().map(ids -> new Answer.Choices(
                ids.stream().sorted(Comparator.comparingInt(order::indexOf)).toList()));
    }

    /** Within min..max; the ends of the range and the rules' thresholds (and their neighbours) favoured. */
    private static Arbitrary<Answer> number(Field f, TreeSet<Double> thresholds) {
        boolean integer = f.type() == FieldType.INTEGER;
        double step = integer ? 1 : 0.1;
        List<Double> edges = new ArrayList<>(List.of(f.min(), f.max()));
        for (double t : thresholds) {
            for (double v : new double[] {t - step, t, t + step}) {
                double rounded = Math.round(v * 10) / 10.0;
                if (rounded >= f.min() && rounded <= f.max() && !edges.contains(rounded)) {
                    edges.add(rounded);
                }
            }
        }
        Arbitrary<Double> anywhere = integer
                ? Arbitraries.longs().between((long) f.min(), (long) f.max()).map(Long::doubleValue)
                : Arbitraries.doubles().between(f.min(), f.max()).ofScale(1);
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(2, Arbitraries.of(edges)),
                Tuple.of(1, anywhere))).map(Answer.Num::new);
    }

    /** Every number a rule or a follow-up condition compares a field with, by field id. */
    private static Map<String, TreeSet<Double>> thresholds(RuleSet ruleSet) {
        Map<String, TreeSet<Double>> out = new LinkedHashMap<>();
        for (Rule r : ruleSet.rules()) {
            collect(r.when(), out);
        }
        ruleSet.questionnaire().fields().forEach(f -> f.askWhen().ifPresent(c -> collect(c, out)));
        return out;
    }

    private static void collect(Condition c, Map<String, TreeSet<Double>> out) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(p -> collect(p, out));
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(p -> collect(p, out));
        } else if (c instanceof Condition.Not not) {
            collect(not.inner(), out);
        } else if (c instanceof Condition.NumberTest n) {
            TreeSet<Double> values = out.computeIfAbsent(n.field(), k -> new TreeSet<>());
            switch (n.op()) {
                case LESS_THAN, AT_MOST -> values.add(n.high());
                case BETWEEN -> {
                    values.add(n.low());
                    values.add(n.high());
                }
                default -> values.add(n.low());
            }
        }
    }
}
