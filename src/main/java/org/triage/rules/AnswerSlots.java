package org.triage.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An intake's answers held by the position of their question in the questionnaire: what the engine
 * evaluates. A choice answer is a set of bits, bit {@code i} standing for the question's option {@code i}
 * (a single choice has one bit); a number is a double; text is kept as it is. Mutable, for the one
 * thread that fills it in; the engine never changes one it is given.
 */
public final class AnswerSlots {

    private final Questionnaire questionnaire;
    private final boolean[] answered;
    private final long[] chosen;
    private final double[] numbers;
    private final String[] texts;

    /** No answers yet. */
    public AnswerSlots(Questionnaire questionnaire) {
        int n = questionnaire.fields().size();
        this.questionnaire = questionnaire;
        this.answered = new boolean[n];
        this.chosen = new long[n];
        this.numbers = new double[n];
        this.texts = new String[n];
    }

    private AnswerSlots(AnswerSlots from) {
        this.questionnaire = from.questionnaire;
        this.answered = from.answered.clone();
        this.chosen = from.chosen.clone();
        this.numbers = from.numbers.clone();
        this.texts = from.texts.clone();
    }

    /**
     * The answers to the questionnaire's questions; answers to fields it does not have are left out, as the
     * engine never looks at them.
     *
     * @throws IllegalArgumentException when an answer does not fit its field (an unknown option, a list
     *                                  for a single choice): answers are checked when they are read
     */
    public static AnswerSlots of(Questionnaire questionnaire, Answers answers) {
        AnswerSlots slots = new AnswerSlots(questionnaire);
        for (Map.Entry<String, Answer> e : answers.values().entrySet()) {
            int i = questionnaire.index(e.getKey());
            if (i >= 0) {
                slots.put(i, e.getValue());
            }
        }
        return slots;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public AnswerSlots copy() {
        return new AnswerSlots(this);
    }

    public boolean answered(int field) {
        return answered[field];
    }

    /** The chosen options of a choice field as bits (0 when not answered). */
    public long chosen(int field) {
        return chosen[field];
    }

    public double number(int field) {
        return numbers[field];
    }

    public void choose(int field, long options) {
        answered[field] = true;
        chosen[field] = options;
    }

    public void number(int field, double value) {
        answered[field] = true;
        numbers[field] = value;
    }

    public void text(int field, String value) {
        answered[field] = true;
        texts[field] = value;
    }

    public void clear(int field) {
        answered[field] = false;
        chosen[field] = 0;
        numbers[field] = 0;
        texts[field] = null;
    }

    /** Sets a field from a checked answer. */
    public void put(int field, Answer answer) {
        Field f = questionnaire.fields().get(field);
        FieldType type = f.type();
        if (answer instanceof Answer.Choice c && (type == FieldType.SINGLE || type == FieldType.YES_NO)) {
            choose(field, bit(f, c.id()));
        } else if (answer instanceof Answer.Choices cs && type == FieldType.MULTI && !cs.ids().isEmpty()) {
            long bits = 0;
            for (String id : cs.ids()) {
                bits |= bit(f, id);
            }
            choose(field, bits);
        } else if (answer instanceof Answer.Num n && type.isNumeric()) {
            number(field, n.value());
        } else if (answer instanceof Answer.Text t && type == FieldType.TEXT) {
            text(field, t.text());
        } else {
            throw new IllegalArgumentException("a " + answer.getClass().getSimpleName() + " answer does not fit "
                    + type.id() + " field " + f.id());
        }
    }

    private static long bit(Field f, String optionId) {
        int i = f.optionIndex(optionId);
        if (i < 0) {
            throw new IllegalArgumentException("'" + optionId + "' is not an option of " + f.id());
        }
        return 1L << i;
    }

    /** The answer to a field, or null when it is not answered. */
    public Answer answer(int field) {
        if (!answered[field]) {
            return null;
        }
        Field f = questionnaire.fields().get(field);
        return switch (f.type()) {
            case SINGLE, YES_NO -> new Answer.Choice(f.options().get(Long.numberOfTrailingZeros(chosen[field])).id());
            case MULTI -> {
                List<String> ids = new ArrayList<>(Long.bitCount(chosen[field]));
                for (long bits = chosen[field]; bits != 0; bits &= bits - 1) {
                    ids.add(f.options().get(Long.numberOfTrailingZeros(bits)).id());
                }
                yield new Answer.Choices(ids);
            }
            case INTEGER, NUMBER -> new Answer.Num(numbers[field]);
            case TEXT -> new Answer.Text(texts[field]);
        };
    }

    /** The answers by field id, in the questionnaire's order. */
    public Answers toAnswers() {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (int i = 0; i < answered.length; i++) {
            if (answered[i]) {
                map.put(questionnaire.fields().get(i).id(), answer(i));
            }
        }
        return Answers.owning(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerSlots s && questionnaire == s.questionnaire && toAnswers().equals(s.toAnswers());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(answered) * 31 + toAnswers().hashCode();
    }

    @Override
    public String toString() {
        return "AnswerSlots" + toAnswers().values().keySet();
    }
}
