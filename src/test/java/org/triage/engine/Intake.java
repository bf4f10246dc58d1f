package org.triage.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.RuleSet;

/**
 * The "given" of an engine test: an intake built answer by answer, each value checked against the
 * questionnaire, so a typo in a test fails loudly instead of testing something else.
 *
 * <pre>{@code
 * Recommendation result = Intake.baseline().with("needles_ok", "no").recommend();
 * }</pre>
 */
final class Intake {

    private final RuleSet ruleSet;
    private final Map<String, Answer> answers;

    private Intake(RuleSet ruleSet, Map<String, Answer> answers) {
        this.ruleSet = ruleSet;
        this.answers = answers;
    }

    /** An adult who can consent, with no red flags or conditions, wanting relaxation, in mild pain, with no injury. */
    static Intake baseline() {
        return empty()
                .with("red_flags", "none")
                .with("conditions", "none")
                .with("goals", "relaxation")
                .with("consent", "self")
                .with("age", 40)
                .with("needles_ok", "yes")
                .with("pain_level", 2)
                .with("injury_type", "none")
                .with("prior_massage", "none");
    }

    static Intake empty() {
        return new Intake(ShippedRules.get(), new LinkedHashMap<>());
    }

    /** Sets a field: option ids for a choice field (several for a multi-choice one), a number, or text. */
    Intake with(String fieldId, Object... values) {
        Field field = ruleSet.questionnaire().field(fieldId)
                .orElseThrow(() -> new IllegalArgumentException("no field " + fieldId + " in the questionnaire"));
        Map<String, Answer> copy = new LinkedHashMap<>(answers);
        copy.put(fieldId, answer(field, values));
        return new Intake(ruleSet, copy);
    }

    Intake without(String fieldId) {
        Map<String, Answer> copy = new LinkedHashMap<>(answers);
        copy.remove(fieldId);
        return new Intake(ruleSet, copy);
    }

    Answers answers() {
        return new Answers(answers);
    }

    /** The "when": the engine's result for this intake under the shipped rule set. */
    Recommendation recommend() {
        return Engine.evaluate(ruleSet, answers());
    }

    private static Answer answer(Field field, Object... values) {
        if (values.length == 0 || values.length > 1 && field.type() != FieldType.MULTI) {
            throw new IllegalArgumentException(field.id() + " takes " + (field.type().isChoice() ? "option ids" : "one value"));
        }
        return switch (field.type()) {
            case MULTI -> new Answer.Choices(Arrays.stream(values).map(v -> option(field, v))
                    .sorted(Comparator.comparingInt(field.optionIds()::indexOf)).distinct().toList());
            case SINGLE, YES_NO -> new Answer.Choice(option(field, values[0]));
            case INTEGER, NUMBER -> number(field, values[0]);
            case TEXT -> new Answer.Text(values[0].toString());
        };
    }

    private static String option(Field field, Object value) {
        String id = value.toString();
        if (!field.optionIds().contains(id)) {
            throw new IllegalArgumentException(field.id() + " has no option " + id + "; options: " + field.optionIds());
        }
        return id;
    }

    private static Answer number(Field field, Object value) {
        double v = ((Number) value).doubleValue();
        if (v < field.min() || v > field.max()) {
            throw new IllegalArgumentException(field.id() + " takes " + field.range() + ", not " + value);
        }
        return new Answer.Num(v);
    }

    /** The technique ids of a result list, in order. */
    static List<String> ids(List<TechniqueResult> results) {
        return results.stream().map(t -> t.technique().id()).toList();
    }
}
