package org.triage.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Operator;

/** A number field's range is cut at exactly the thresholds its tests use, and each class is alike for every test. */
class NumberClassesTest {

    private static final Field WEEKS = new Field("weeks", FieldType.INTEGER, "", "", List.of(), 0, 45, false,
            Optional.empty());
    private static final Field SCORE = new Field("score", FieldType.NUMBER, "", "", List.of(), 0, 10, false,
            Optional.empty());

    private static Condition.NumberTest test(Field f, Operator op, double low, double high) {
        return new Condition.NumberTest(f.id(), op, low, high);
    }

    @Test
    void anIntegerRangeIsCutBeforeAndAfterEachThreshold() {
        NumberClasses c = NumberClasses.of(WEEKS, List.of(test(WEEKS, Operator.LESS_THAN, 0, 13),
                test(WEEKS, Operator.AT_LEAST, 28, 0), test(WEEKS, Operator.EQUALS, 40, 0)));
        assertThat(ranges(c)).containsExactly("0-12", "13-27", "28-39", "40-40", "41-45");
    }

    @Test
    void withoutTestsTheWholeRangeIsOneClass() {
        assertThat(ranges(NumberClasses.of(WEEKS, List.of()))).containsExactly("0-45");
    }

    @Test
    void aThresholdAtTheEndOfTheRangeMakesNoEmptyClass() {
        NumberClasses c = NumberClasses.of(WEEKS, List.of(test(WEEKS, Operator.AT_MOST, 0, 45),
                test(WEEKS, Operator.AT_LEAST, 0, 0), test(WEEKS, Operator.MORE_THAN, 50, 0)));
        assertThat(ranges(c)).containsExactly("0-45");
    }

    @Test
    void testsOnOtherFieldsAreLeftOut() {
        assertThat(ranges(NumberClasses.of(WEEKS, List.of(test(SCORE, Operator.AT_LEAST, 5, 0))))).containsExactly("0-45");
    }

    @Test
    void aDecimalRangeKeepsAStrictBoundOutOfItsClass() {
        NumberClasses c = NumberClasses.of(SCORE, List.of(test(SCORE, Operator.MORE_THAN, 4, 0),
                test(SCORE, Operator.BETWEEN, 2.5, 3)));
        assertThat(c.count()).isEqualTo(4);
        assertThat(c.high(0)).isEqualTo(Math.nextDown(2.5));
        assertThat(c.low(1)).isEqualTo(2.5);
        assertThat(c.high(2)).isEqualTo(4.0);
        assertThat(c.low(3)).isEqualTo(Math.nextUp(4.0));
        assertThat(c.representative(3)).as("a number that reads well").isEqualTo(5.0);
        assertThat(c.holding(test(SCORE, Operator.MORE_THAN, 4, 0))).containsExactly(3);
        assertThat(c.holding(test(SCORE, Operator.BETWEEN, 2.5, 3))).containsExactly(1);
    }

    @Test
    void everyValueOfAClassPassesOrFailsEachTestAsItsRepresentativeDoes() {
        List<Condition.NumberTest> tests = List.of(test(WEEKS, Operator.LESS_THAN, 0, 13),
                test(WEEKS, Operator.BETWEEN, 20, 30), test(WEEKS, Operator.MORE_THAN, 41, 0),
                test(WEEKS, Operator.EQUALS, 7, 0));
        NumberClasses c = NumberClasses.of(WEEKS, tests);
        for (int k = 0; k < c.count(); k++) {
            for (double v = c.low(k); v <= c.high(k); v++) {
                for (Condition.NumberTest t : tests) {
                    assertThat(t.test(answer(v))).as("%s at %s", t, v).isEqualTo(t.test(answer(c.representative(k))));
                }
            }
        }
    }

    private static Answers answer(double weeks) {
        return Answers.NONE.with("weeks", new Answer.Num(weeks));
    }

    private static List<String> ranges(NumberClasses c) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < c.count(); k++) {
            out.add((long) c.low(k) + "-" + (long) c.high(k));
        }
        return out;
    }
}
