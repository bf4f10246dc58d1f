package org.triage.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;

/**
 * A follow-up's {@code ask_when} as the {@code enableWhen} list of its Questionnaire item and the
 * {@code enableBehavior} that joins them. FHIR joins plain comparisons of one answer with a fixed value, all of
 * them or any of them, one level deep; a condition of another shape cannot be written and is refused with the
 * reason, never approximated.
 */
final class EnableWhen {

    enum Join { ONE, ALL, ANY }

    /** The comparisons and how they are joined; {@code why} says what cannot be written when there are none. */
    record Clause(Join join, List<Map<String, Object>> comparisons, String why) {
        static Clause refused(String why) {
            return new Clause(Join.ONE, List.of(), why);
        }

        boolean ok() {
            return why == null;
        }

        /** The value of {@code enableBehavior}, or null for a single comparison. */
        String behavior() {
            return switch (join) {
                case ONE -> null;
                case ALL -> "all";
                case ANY -> "any";
            };
        }
    }

    private final Questionnaire questionnaire;
    private final String version;
    private final String options;

    EnableWhen(RuleSet ruleSet) {
        this.questionnaire = ruleSet.questionnaire();
        this.version = ruleSet.version();
        this.options = FhirNames.of(ruleSet).options();
    }

    Clause of(Condition condition) {
        if (condition instanceof Condition.All all) {
            return joined(all.parts(), Join.ALL);
        }
        if (condition instanceof Condition.Any any) {
            return joined(any.parts(), Join.ANY);
        }
        return leaf(condition);
    }

    private Clause joined(List<Condition> parts, Join join) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Condition part : parts) {
            Clause c = leaf(part);
            if (!c.ok()) {
                return c;
            }
            if (c.join() != Join.ONE && c.join() != join) {
                return Clause.refused("it mixes 'all' and 'any', and enableWhen joins its comparisons one way only");
            }
            out.addAll(c.comparisons());
        }
        return new Clause(out.size() == 1 ? Join.ONE : join, out, null);
    }

    private Clause leaf(Condition condition) {
        if (condition instanceof Condition.ChoiceTest t) {
            return choice(t);
        }
        if (condition instanceof Condition.NumberTest n) {
            return number(n);
        }
        if (condition instanceof Condition.AnsweredTest a) {
            return new Clause(Join.ONE, List.of(compare(a.field(), "exists", "answerBoolean", a.answered())), null);
        }
        if (condition instanceof Condition.Not not && not.inner() instanceof Condition.AnsweredTest a) {
            return new Clause(Join.ONE, List.of(compare(a.field(), "exists", "answerBoolean", !a.answered())), null);
        }
        if (condition instanceof Condition.Not) {
            return Clause.refused("'not' is not one of enableWhen's comparisons (only 'not answered' is)");
        }
        if (condition instanceof Condition.InAnswersOf) {
            return Clause.refused("'in_answers_of' compares two answers, and enableWhen compares an answer with a fixed value");
        }
        return Clause.refused("'all' and 'any' inside each other go deeper than enableWhen's one level");
    }

    private Clause choice(Condition.ChoiceTest t) {
        Field field = questionnaire.field(t.field()).orElseThrow();
        List<Map<String, Object>> out = new ArrayList<>();
        if (t.op() == org.triage.rules.Operator.HAS_NONE) {
            // "!=" holds when no answer equals the value, also when there is no answer: the rule needs one
            out.add(compare(t.field(), "exists", "answerBoolean", true));
        }
        String op = t.op() == org.triage.rules.Operator.HAS_NONE ? "!=" : "=";
        for (String value : t.values()) {
            out.add(field.type() == FieldType.YES_NO
                    ? compare(t.field(), op, "answerBoolean", value.equals("yes"))
                    : compare(t.field(), op, "answerCoding", code(field, value)));
        }
        Join join = switch (t.op()) {
            case HAS_ALL, HAS_NONE -> Join.ALL;
            default -> Join.ANY;
        };
        return new Clause(out.size() == 1 ? Join.ONE : join, out, null);
    }

    private Clause number(Condition.NumberTest n) {
        Field field = questionnaire.field(n.field()).orElseThrow();
        return switch (n.op()) {
            case EQUALS -> single(field, "=", n.low());
            case LESS_THAN -> single(field, "<", n.high());
            case AT_MOST -> single(field, "<=", n.high());
            case MORE_THAN -> single(field, ">", n.low());
            case AT_LEAST -> single(field, ">=", n.low());
            case BETWEEN -> {
                Clause low = single(field, ">=", n.low());
                Clause high = single(field, "<=", n.high());
                yield !low.ok() ? low : !high.ok() ? high : new Clause(Join.ALL,
                        List.of(low.comparisons().get(0), high.comparisons().get(0)), null);
            }
            default -> Clause.refused("'" + n.op().key() + "' is not a numeric comparison");
        };
    }

    private Clause single(Field field, String op, double bound) {
        if (field.type() == FieldType.INTEGER) {
            if (bound != Math.rint(bound)) {
                return Clause.refused("the integer question " + field.id() + " is compared with " + bound
                        + ", and an integer item's enableWhen takes a whole number");
            }
            return new Clause(Join.ONE, List.of(compare(field.id(), op, "answerInteger", (long) bound)), null);
        }
        return new Clause(Join.ONE, List.of(compare(field.id(), op, "answerDecimal", decimal(bound))), null);
    }

    /** A decimal as JSON writes it: 7 rather than 7.0 for a whole number. */
    static Number decimal(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    Map<String, Object> code(Field field, String optionId) {
        String label = field.option(optionId).map(o -> o.label()).orElse(null);
        return Fhir.coding(options, version, optionId, label);
    }

    private static Map<String, Object> compare(String question, String operator, String answerKey, Object answer) {
        return Fhir.object("question", question, "operator", operator, answerKey, answer);
    }
}
