package org.triage.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Questionnaire;

/**
 * Every intake the questionnaire allows, as Boolean variables: per choice field one variable per option; per number
 * field one per {@link NumberClasses class}; per single-choice, yes/no and number field one for "unanswered"; per
 * text field one for "answered". The constraints say what an answer is: one option of a single choice, at least one
 * of a multi-choice answer with an exclusive option (such as {@code none}) alone, one class of a number. A multi-choice
 * field is unanswered when no option is chosen (an answer has at least one).
 */
final class AnswerSpace {

    static final String TEXT = "example";

    private final Questionnaire questionnaire;
    private final Formula formula;
    /** By field: its option or class variables (none for text). */
    private final int[][] values;
    /** By field: the literal "answered". */
    private final int[] answered;
    private final NumberClasses[] classes;

    AnswerSpace(Sat sat, Formula formula, Questionnaire questionnaire, List<Condition.NumberTest> numberTests) {
        this.questionnaire = questionnaire;
        this.formula = formula;
        List<Field> fields = questionnaire.fields();
        this.values = new int[fields.size()][];
        this.answered = new int[fields.size()];
        this.classes = new NumberClasses[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            int n = field.type().isNumeric() ? numberClasses(f, field, numberTests) : field.options().size();
            values[f] = new int[n];
            for (int k = 0; k < n; k++) {
                values[f][k] = sat.variable();
            }
            answered[f] = constrain(sat, field, values[f]);
        }
    }

    private int numberClasses(int f, Field field, List<Condition.NumberTest> tests) {
        classes[f] = NumberClasses.of(field, tests);
        return classes[f].count();
    }

    /** Adds what an answer to the field is; returns the literal "answered". */
    private int constrain(Sat sat, Field field, int[] vars) {
        if (field.type() == FieldType.TEXT) {
            return sat.variable();
        }
        if (field.type() == FieldType.MULTI) {
            for (int e = 0; e < vars.length; e++) {
                for (int o = 0; o < vars.length && field.options().get(e).exclusive(); o++) {
                    if (o != e) {
                        sat.clause(-vars[e], -vars[o]); // an exclusive option stands alone
                    }
                }
            }
            return formula.or(vars);
        }
        int unanswered = sat.variable();
        int[] all = java.util.Arrays.copyOf(vars, vars.length + 1);
        all[vars.length] = unanswered;
        sat.exactlyOne(all);
        return -unanswered;
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }

    int answered(int field) {
        return answered[field];
    }

    /** The literal "option {@code k} of the field is chosen". */
    int option(int field, int k) {
        return values[field][k];
    }

    /** The literal "the number is in one of the classes the test holds for". */
    int number(int field, Condition.NumberTest test) {
        List<Integer> in = classes[field].holding(test);
        int[] literals = new int[in.size()];
        for (int i = 0; i < literals.length; i++) {
            literals[i] = values[field][in.get(i)];
        }
        return formula.or(literals);
    }

    /** The intake a model stands for: each number its class's representative, each text {@value #TEXT}. */
    Answers answers(boolean[] model) {
        Map<String, Answer> out = new LinkedHashMap<>();
        List<Field> fields = questionnaire.fields();
        for (int f = 0; f < fields.size(); f++) {
            if (!holds(model, answered[f])) {
                continue;
            }
            Field field = fields.get(f);
            List<String> chosen = new ArrayList<>();
            int cls = -1;
            for (int k = 0; k < values[f].length; k++) {
                if (model[values[f][k]]) {
                    chosen.add(field.type().isChoice() ? field.options().get(k).id() : "");
                    cls = k;
                }
            }
            out.put(field.id(), switch (field.type()) {
                case MULTI -> new Answer.Choices(chosen);
                case SINGLE, YES_NO -> new Answer.Choice(chosen.get(0));
                case INTEGER, NUMBER -> new Answer.Num(classes[f].representative(cls));
                case TEXT -> new Answer.Text(TEXT);
            });
        }
        return new Answers(out);
    }

    static boolean holds(boolean[] model, int literal) {
        return literal > 0 ? model[literal] : !model[-literal];
    }
}
