package org.triage.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule set's conditions turned into tests over {@link AnswerSlots}: field ids become positions and
 * option ids become bits, so that a test is a few array reads and a mask. A compiled test gives what
 * {@link Condition#test(Answers)} gives on the same answers (the reference; a property test compares them).
 */
public final class CompiledRules {

    /** A compiled condition. */
    public interface Test {
        boolean test(AnswerSlots answers);
    }

    private final Test[] rules;
    private final Test[] askWhen;
    private final int[] followUps;
    private final int[] screening;
    private final int clientId;

    CompiledRules(Questionnaire questionnaire, List<Rule> rules) {
        this.rules = new Test[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            this.rules[i] = compile(questionnaire, rules.get(i).when());
        }
        List<Field> fields = questionnaire.fields();
        this.askWhen = new Test[fields.size()];
        List<Integer> follow = new ArrayList<>();
        List<Integer> screen = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            if (f.askWhen().isPresent()) {
                askWhen[i] = compile(questionnaire, f.askWhen().get());
                follow.add(i);
            }
            if (f.screening()) {
                screen.add(i);
            }
        }
        this.followUps = follow.stream().mapToInt(Integer::intValue).toArray();
        this.screening = screen.stream().mapToInt(Integer::intValue).toArray();
        this.clientId = questionnaire.index("client_id");
    }

    /** Whether rule {@code rule} (its position in the rule set) fires on the answers. */
    public boolean fires(int rule, AnswerSlots answers) {
        return rules[rule].test(answers);
    }

    /** Whether the follow-up at position {@code field} is asked, given the answers before it. */
    public boolean asked(int field, AnswerSlots answers) {
        return askWhen[field] == null || askWhen[field].test(answers);
    }

    /** How many follow-up questions there are. */
    public int followUpCount() {
        return followUps.length;
    }

    /** The position of the {@code i}th follow-up question, in the order they are asked. */
    public int followUp(int i) {
        return followUps[i];
    }

    /** How many screening questions there are. */
    public int screeningCount() {
        return screening.length;
    }

    /** The position of the {@code i}th screening question, in the order they are asked. */
    public int screening(int i) {
        return screening[i];
    }

    /** The position of the {@code client_id} field, or -1 when the questionnaire has none. */
    public int clientId() {
        return clientId;
    }

    /** Compiles one condition against a questionnaire. */
    public static Test compile(Questionnaire q, Condition c) {
        if (c instanceof Condition.All all) {
            Test[] parts = all.parts().stream().map(p -> compile(q, p)).toArray(Test[]::new);
            return parts.length == 1 ? parts[0] : new AllOf(parts);
        }
        if (c instanceof Condition.Any any) {
            Test[] parts = any.parts().stream().map(p -> compile(q, p)).toArray(Test[]::new);
            return parts.length == 1 ? parts[0] : new AnyOf(parts);
        }
        if (c instanceof Condition.Not not) {
            return new NotTest(compile(q, not.inner()));
        }
        if (c instanceof Condition.AnsweredTest t) {
            int i = q.index(t.field());
            return i < 0 ? new Constant(!t.answered()) : new Answered(i, t.answered());
        }
        if (c instanceof Condition.NumberTest t) {
            int i = q.index(t.field());
            if (i < 0 || !q.fields().get(i).type().isNumeric()) {
                return new Constant(false); // never a number: the reference is false too
            }
            return new NumberIn(i, t.op(), t.low(), t.high());
        }
        if (c instanceof Condition.ChoiceTest t) {
            return choice(q, t);
        }
        if (c instanceof Condition.InAnswersOf t) {
            return inAnswersOf(q, t);
        }
        throw new IllegalStateException("no compiled form for " + c);
    }

    private static Test choice(Questionnaire q, Condition.ChoiceTest t) {
        int i = q.index(t.field());
        if (i < 0 || !q.fields().get(i).type().isChoice()) {
            return new Constant(false);
        }
        Field f = q.fields().get(i);
        long mask = 0;
        boolean unknown = false;
        for (String v : t.values()) {
            int bit = f.optionIndex(v);
            if (bit < 0) {
                unknown = true;
            } else {
                mask |= 1L << bit;
            }
        }
        if (f.type() != FieldType.MULTI) {
            return new Chosen(i, mask, Chosen.ANY); // a single answer is one of the values, whatever the operator
        }
        return switch (t.op()) {
            case HAS, HAS_ANY -> new Chosen(i, mask, Chosen.ANY);
            case HAS_ALL -> unknown ? new Constant(false) : new Chosen(i, mask, Chosen.ALL);
            case HAS_NONE -> new Chosen(i, mask, Chosen.NONE);
            default -> throw new IllegalStateException(t.op() + " on multi-choice field " + f.id());
        };
    }

    private static Test inAnswersOf(Questionnaire q, Condition.InAnswersOf t) {
        int i = q.index(t.field());
        int other = q.index(t.other());
        if (i < 0 || other < 0 || q.fields().get(i).type() == FieldType.MULTI || !q.fields().get(i).type().isChoice()
                || q.fields().get(other).type() != FieldType.MULTI) {
            return new Constant(false);
        }
        List<Option> options = q.fields().get(i).options();
        long[] translated = new long[options.size()];
        for (int k = 0; k < options.size(); k++) {
            int bit = q.fields().get(other).optionIndex(options.get(k).id());
            translated[k] = bit < 0 ? 0 : 1L << bit;
        }
        return new InAnswersOf(i, other, translated);
    }

    private record AllOf(Test[] parts) implements Test {
        public boolean test(AnswerSlots a) {
            for (Test p : parts) {
                if (!p.test(a)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record AnyOf(Test[] parts) implements Test {
        public boolean test(AnswerSlots a) {
            for (Test p : parts) {
                if (p.test(a)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record NotTest(Test inner) implements Test {
        public boolean test(AnswerSlots a) {
            return !inner.test(a);
        }
    }

    private record Constant(boolean value) implements Test {
        public boolean test(AnswerSlots a) {
            return value;
        }
    }

    private record Answered(int field, boolean answered) implements Test {
        public boolean test(AnswerSlots a) {
            return a.answered(field) == answered;
        }
    }

    /** Options chosen: any of the mask's, all of them, or none of them (only when the field is answered). */
    private record Chosen(int field, long mask, int kind) implements Test {
        static final int ANY = 0;
        static final int ALL = 1;
        static final int NONE = 2;

        public boolean test(AnswerSlots a) {
            long bits = a.chosen(field);
            return switch (kind) {
                case ANY -> (bits & mask) != 0;
                case ALL -> a.answered(field) && (bits & mask) == mask;
                default -> a.answered(field) && (bits & mask) == 0;
            };
        }
    }

    private record NumberIn(int field, Operator op, double low, double high) implements Test {
        public boolean test(AnswerSlots a) {
            if (!a.answered(field)) {
                return false;
            }
            double v = a.number(field);
            return switch (op) {
                case EQUALS -> v == low;
                case LESS_THAN -> v < high;
                case AT_MOST -> v <= high;
                case MORE_THAN -> v > low;
                case AT_LEAST -> v >= low;
                case BETWEEN -> v >= low && v <= high;
                default -> throw new IllegalStateException(op + " is not a numeric operator");
            };
        }
    }

    /** The single answer of {@code field} is among the answers of the multi-choice field {@code other}. */
    private record InAnswersOf(int field, int other, long[] translated) implements Test {
        public boolean test(AnswerSlots a) {
            long bits = a.chosen(field);
            return bits != 0 && (translated[Long.numberOfTrailingZeros(bits)] & a.chosen(other)) != 0;
        }
    }
}
