package org.triage.prove;

import java.util.List;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Operator;
import org.triage.rules.Questionnaire;

/**
 * A condition of the rule language as one literal over the {@link AnswerSpace}, true for exactly the intakes it holds
 * for. Each leaf mirrors the engine's compiled test ({@code CompiledRules.compile}): a test on a field that is not
 * answered is false, a single-choice test is "one of the values" whatever its operator, {@code has_all} and
 * {@code has_none} need an answer.
 */
final class Conditions {

    private final AnswerSpace space;
    private final Formula f;
    private final Questionnaire q;

    Conditions(AnswerSpace space, Formula formula) {
        this.space = space;
        this.f = formula;
        this.q = space.questionnaire();
    }

    int literal(Condition c) {
        if (c instanceof Condition.All all) {
            return f.and(parts(all.parts()));
        }
        if (c instanceof Condition.Any any) {
            return f.or(parts(any.parts()));
        }
        if (c instanceof Condition.Not not) {
            return Formula.not(literal(not.inner()));
        }
        if (c instanceof Condition.AnsweredTest t) {
            int i = q.index(t.field());
            if (i < 0) {
                return t.answered() ? f.no() : f.yes();
            }
            return t.answered() ? space.answered(i) : Formula.not(space.answered(i));
        }
        if (c instanceof Condition.NumberTest t) {
            int i = q.index(t.field());
            return i < 0 || !q.fields().get(i).type().isNumeric() ? f.no() : space.number(i, t);
        }
        if (c instanceof Condition.ChoiceTest t) {
            return choice(t);
        }
        if (c instanceof Condition.InAnswersOf t) {
            return inAnswersOf(t);
        }
        throw new IllegalStateException("no encoding for " + c);
    }

    private int[] parts(List<Condition> parts) {
        return parts.stream().mapToInt(this::literal).toArray();
    }

    private int choice(Condition.ChoiceTest t) {
        int i = q.index(t.field());
        if (i < 0 || !q.fields().get(i).type().isChoice()) {
            return f.no();
        }
        Field field = q.fields().get(i);
        int[] chosen = t.values().stream().mapToInt(field::optionIndex).filter(k -> k >= 0)
                .map(k -> space.option(i, k)).toArray();
        boolean unknown = chosen.length < t.values().size();
        if (field.type() != FieldType.MULTI || t.op() == Operator.HAS || t.op() == Operator.HAS_ANY) {
            return f.or(chosen);
        }
        return switch (t.op()) {
            case HAS_ALL -> unknown ? f.no() : f.and(space.answered(i), f.and(chosen));
            case HAS_NONE -> f.and(space.answered(i), Formula.not(f.or(chosen)));
            default -> throw new IllegalStateException(t.op() + " on multi-choice field " + field.id());
        };
    }

    /** The single answer of one field is among the answers of a multi-choice field with the same option ids. */
    private int inAnswersOf(Condition.InAnswersOf t) {
        int i = q.index(t.field());
        int other = q.index(t.other());
        if (i < 0 || other < 0 || q.fields().get(i).type() == FieldType.MULTI || !q.fields().get(i).type().isChoice()
                || q.fields().get(other).type() != FieldType.MULTI) {
            return f.no();
        }
        Field single = q.fields().get(i);
        Field multi = q.fields().get(other);
        int[] pairs = new int[single.options().size()];
        for (int k = 0; k < pairs.length; k++) {
            int bit = multi.optionIndex(single.options().get(k).id());
            pairs[k] = bit < 0 ? f.no() : f.and(space.option(i, k), space.option(other, bit));
        }
        return f.or(pairs);
    }
}
