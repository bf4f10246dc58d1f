package org.triage.rules.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.triage.rules.Answer;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Option;

/**
 * The answers to try for one field so that every class of answer a set of literals can tell apart is
 * represented: unanswered first, then values. Null when there would be too many.
 */
final class Candidates {

    private Candidates() {
    }

    static List<Optional<Answer>> of(Field field, List<Condition> leaves, int maxNamedOptions) {
        List<Optional<Answer>> out = new ArrayList<>();
        out.add(Optional.empty());
        switch (field.type()) {
            case TEXT -> out.add(Optional.of(new Answer.Text("x")));
            case SINGLE, YES_NO -> field.optionIds().forEach(id -> out.add(Optional.of(new Answer.Choice(id))));
            case INTEGER, NUMBER -> numbers(field, leaves).forEach(v -> out.add(Optional.of(new Answer.Num(v))));
            case MULTI -> {
                List<List<String>> subsets = subsets(field, leaves, maxNamedOptions);
                if (subsets == null) {
                    return null;
                }
                subsets.forEach(s -> out.add(Optional.of(new Answer.Choices(s))));
            }
        }
        return out;
    }

    /** The ends of the range, and every threshold the literals compare this field with, with its neighbours. */
    private static TreeSet<Double> numbers(Field field, List<Condition> leaves) {
        double step = field.type() == FieldType.INTEGER ? 1 : 0.001;
        TreeSet<Double> out = new TreeSet<>(List.of(field.min(), field.max()));
        for (Condition c : leaves) {
            if (c instanceof Condition.NumberTest n && n.field().equals(field.id())) {
                for (double t : new double[] {n.low(), n.high()}) {
                    for (double v : new double[] {t - step, t, t + step}) {
                        if (v >= field.min() && v <= field.max()) {
                            out.add(v);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Every valid answer made of the options the literals name, padded with another option when empty. */
    private static List<List<String>> subsets(Field field, List<Condition> leaves, int maxNamedOptions) {
        Set<String> named = new LinkedHashSet<>();
        for (Condition c : leaves) {
            if (c instanceof Condition.ChoiceTest t && t.field().equals(field.id())) {
                named.addAll(t.values());
            } else if (c instanceof Condition.InAnswersOf in && in.other().equals(field.id())) {
                named.addAll(field.optionIds());
            }
        }
        List<String> options = field.optionIds().stream().filter(named::contains).toList();
        if (options.size() > maxNamedOptions) {
            return null;
        }
        Optional<String> filler = field.options().stream().filter(o -> !o.exclusive() && !named.contains(o.id()))
                .map(Option::id).findFirst();
        Set<String> exclusive = new LinkedHashSet<>();
        field.options().stream().filter(Option::exclusive).forEach(o -> exclusive.add(o.id()));
        List<List<String>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << options.size(); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(options.get(i));
                }
            }
            if (subset.isEmpty() && filler.isPresent()) {
                subset.add(filler.get());
            }
            boolean valid = !subset.isEmpty() && (subset.size() == 1 || subset.stream().noneMatch(exclusive::contains));
            if (valid) {
                out.add(subset.stream().sorted(java.util.Comparator.comparingInt(field.optionIds()::indexOf)).toList());
            }
        }
        return out;
    }
}
