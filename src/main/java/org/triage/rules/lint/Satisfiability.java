package org.triage.rules.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.Questionnaire;

/**
 * Whether some reachable intake makes a condition true, by structural analysis rather than sampling.
 *
 * <p>The condition is put in disjunctive normal form together with the questionnaire's reachability
 * constraints (a follow-up is answered only when its {@code ask_when} holds). Each conjunction is then
 * decided exactly: its fields are grouped into the sets that literals tie together (only
 * {@code in_answers_of} ties two fields), and for each group every combination of candidate answers is
 * tried: unanswered, every option, every subset of the options the literals name (padded to be a valid
 * answer), the ends of a numeric range and every threshold with its neighbours. Those candidates
 * represent every class of answer the literals can tell apart, so the answer is exact.
 *
 * <p>When the normal form or a group's combinations grow too large the analysis gives up and answers
 * "satisfiable", so a warning that relies on it ("can never fire") is never a false alarm.
 */
final class Satisfiability {

    private static final int MAX_TERMS = 4096;
    private static final int MAX_COMBINATIONS = 200_000;
    private static final int MAX_NAMED_OPTIONS = 12;

    private record Literal(Condition leaf, boolean positive) {
        boolean holds(Answers answers) {
            return leaf.test(answers) == positive;
        }
    }

    /** Thrown inside the analysis when it gives up; never leaves this class. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final Questionnaire questionnaire;

    Satisfiability(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** Some intake the questionnaire can produce makes {@code c} true (or the analysis gave up). */
    boolean reachable(Condition c) {
        return satisfiable(new Condition.All(List.of(c, reachability(c))));
    }

    /** Some assignment of answers, reachable or not, makes {@code c} true (or the analysis gave up). */
    boolean satisfiable(Condition c) {
        try {
            for (List<Literal> term : dnf(c, true)) {
                if (termHolds(term)) {
                    return true;
                }
            }
            return false;
        } catch (TooLarge e) {
            return true;
        }
    }

    /** For every follow-up the condition looks at (and their parents): answered only when asked. */
    private Condition reachability(Condition c) {
        Set<String> fields = new LinkedHashSet<>();
        c.collectFields(fields);
        List<Condition> rules = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(fields);
        while (!todo.isEmpty()) {
            String id = todo.remove(0);
            Optional<Condition> askWhen = done.add(id) ? questionnaire.field(id).flatMap(Field::askWhen) : Optional.empty();
            if (askWhen.isPresent()) {
                rules.add(new Condition.Any(List.of(new Condition.AnsweredTest(id, false), askWhen.get())));
                Set<String> parents = new LinkedHashSet<>();
                askWhen.get().collectFields(parents);
                todo.addAll(parents);
            }
        }
        return new Condition.All(rules);
    }

    private static List<List<Literal>> dnf(Condition c, boolean positive) {
        if (c instanceof Condition.Not not) {
            return dnf(not.inner(), !positive);
        }
        List<Condition> parts = c instanceof Condition.All all ? all.parts()
                : c instanceof Condition.Any any ? any.parts() : null;
        if (parts == null) {
            return List.of(List.of(new Literal(c, positive)));
        }
        boolean conjunction = (c instanceof Condition.All) == positive;
        List<List<Literal>> out = conjunction ? List.of(List.of()) : new ArrayList<>();
        for (Condition part : parts) {
            List<List<Literal>> sub = dnf(part, positive);
            out = conjunction ? product(out, sub) : concat(out, sub);
            if (out.size() > MAX_TERMS) {
                throw new TooLarge();
            }
        }
        return out;
    }

    private static List<List<Literal>> product(List<List<Literal>> a, List<List<Literal>> b) {
        List<List<Literal>> out = new ArrayList<>();
        for (List<Literal> x : a) {
            for (List<Literal> y : b) {
                List<Literal> term = new ArrayList<>(x);
                term.addAll(y);
                out.add(term);
            }
        }
        return out;
    }

    private static List<List<Literal>> concat(List<List<Literal>> a, List<List<Literal>> b) {
        List<List<Literal>> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private boolean termHolds(List<Literal> term) {
        for (List<Literal> group : groups(term)) {
            Set<String> fields = new LinkedHashSet<>();
            group.forEach(l -> l.leaf().collectFields(fields));
            List<Condition> leaves = group.stream().map(Literal::leaf).toList();
            List<String> ids = new ArrayList<>(fields);
            List<List<Optional<Answer>>> candidates = new ArrayList<>();
            long combinations = 1;
            for (String id : ids) {
                List<Optional<Answer>> forField = Candidates.of(questionnaire.field(id).orElseThrow(), leaves, MAX_NAMED_OPTIONS);
                if (forField == null) {
                    throw new TooLarge();
                }
                candidates.add(forField);
                combinations *= forField.size();
            }
            if (combinations > MAX_COMBINATIONS) {
                throw new TooLarge();
            }
            if (!someCombination(ids, candidates, 0, new LinkedHashMap<>(), group)) {
                return false;
            }
        }
        return true;
    }

    private static boolean someCombination(List<String> ids, List<List<Optional<Answer>>> candidates, int i,
                                           Map<String, Answer> chosen, List<Literal> group) {
        if (i == ids.size()) {
            Answers answers = new Answers(chosen);
            return group.stream().allMatch(l -> l.holds(answers));
        }
        for (Optional<Answer> a : candidates.get(i)) {
            Map<String, Answer> next = new LinkedHashMap<>(chosen);
            a.ifPresent(answer -> next.put(ids.get(i), answer));
            if (someCombination(ids, candidates, i + 1, next, group)) {
                return true;
            }
        }
        return false;
    }

    /** The literals of a conjunction, in groups that share no field. */
    private static List<List<Literal>> groups(List<Literal> term) {
        List<Set<String>> fieldSets = new ArrayList<>();
        List<List<Literal>> groups = new ArrayList<>();
        for (Literal l : term) {
            Set<String> fields = new LinkedHashSet<>();
            l.leaf().collectFields(fields);
            Set<String> mergedFields = new LinkedHashSet<>(fields);
            List<Literal> merged = new ArrayList<>(List.of(l));
            for (int g = groups.size() - 1; g >= 0; g--) {
                if (fieldSets.get(g).stream().anyMatch(fields::contains)) {
                    mergedFields.addAll(fieldSets.remove(g));
                    merged.addAll(groups.remove(g));
                }
            }
            fieldSets.add(mergedFields);
            groups.add(merged);
        }
        return groups;
    }
}
