package org.triage.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;

/**
 * A number field's range cut at every threshold the conditions use, into classes of answers that every numeric
 * test of the rule set treats alike: a class lies wholly inside or wholly outside each test's range, so one value of
 * it (its {@linkplain #representative representative}) stands for all. An integer field's classes hold whole numbers
 * only, as its answers do.
 */
public final class NumberClasses {

    private final boolean whole;
    private final double[] starts;
    private final double max;

    private NumberClasses(boolean whole, double[] starts, double max) {
        this.whole = whole;
        this.starts = starts;
        this.max = max;
    }

    /** The classes of {@code field} for the numeric tests {@code tests} (those on other fields are left out). */
    public static NumberClasses of(Field field, List<Condition.NumberTest> tests) {
        boolean whole = field.type() == FieldType.INTEGER;
        double min = whole ? Math.ceil(field.min()) : field.min();
        double max = whole ? Math.floor(field.max()) : field.max();
        TreeSet<Double> starts = new TreeSet<>();
        starts.add(min);
        for (Condition.NumberTest t : tests) {
            if (!t.field().equals(field.id())) {
                continue;
            }
            double[] range = range(t);
            double from = whole ? Math.ceil(range[0]) : range[0];
            double after = whole ? Math.floor(range[1]) + 1 : Math.nextUp(range[1]);
            for (double s : new double[] {from, after}) {
                if (s > min && s <= max) {
                    starts.add(s);
                }
            }
        }
        return new NumberClasses(whole, starts.stream().mapToDouble(Double::doubleValue).toArray(), max);
    }

    /**
     * The closed range of values a test holds for, as the engine compiles it: a strict bound moved to the next
     * double inside, an open end infinite.
     */
    static double[] range(Condition.NumberTest t) {
        return switch (t.op()) {
            case EQUALS -> new double[] {t.low(), t.low()};
            case LESS_THAN -> new double[] {Double.NEGATIVE_INFINITY, Math.nextDown(t.high())};
            case AT_MOST -> new double[] {Double.NEGATIVE_INFINITY, t.high()};
            case MORE_THAN -> new double[] {Math.nextUp(t.low()), Double.POSITIVE_INFINITY};
            case AT_LEAST -> new double[] {t.low(), Double.POSITIVE_INFINITY};
            case BETWEEN -> new double[] {t.low(), t.high()};
            default -> throw new IllegalStateException(t.op() + " is not a numeric operator");
        };
    }

    public int count() {
        return starts.length;
    }

    /** The least value of class {@code k}. */
    public double low(int k) {
        return starts[k];
    }

    /** The greatest value of class {@code k}: the next class's start, less one step (a whole number, or a double). */
    public double high(int k) {
        if (k + 1 == starts.length) {
            return max;
        }
        return whole ? starts[k + 1] - 1 : Math.nextDown(starts[k + 1]);
    }

    /**
     * A value of class {@code k} that reads well in an answers file: its least value when that is whole or the class
     * is one value, else the first number of one or two decimals inside it.
     */
    public double representative(int k) {
        double low = low(k);
        double high = high(k);
        if (low == Math.rint(low) || whole) {
            return low;
        }
        for (double scale : new double[] {1, 10, 100}) {
            double v = Math.ceil(low * scale) / scale;
            if (v >= low && v <= high) {
                return v;
            }
        }
        return low;
    }

    /** The classes that {@code test} holds for. */
    public List<Integer> holding(Condition.NumberTest test) {
        double[] range = range(test);
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            if (low(k) >= range[0] && high(k) <= range[1]) {
                out.add(k);
            }
        }
        return out;
    }
}
