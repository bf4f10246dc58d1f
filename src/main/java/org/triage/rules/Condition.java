package org.triage.rules;

import java.util.List;
import java.util.Set;

/**
 * A rule's {@code when}: a tree of all/any/not over leaves that test one field.
 * A leaf that compares a value is false when its field is not answered.
 */
public sealed interface Condition {

    boolean test(Answers answers);

    /** Adds the ids of the fields this condition looks at. */
    void collectFields(Set<String> into);

    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        public boolean test(Answers answers) {
            for (int i = 0; i < parts.size(); i++) { // indexed: no iterator per test on the per-row path
                if (!parts.get(i).test(answers)) {
                    return false;
                }
            }
            return true;
        }

        public void collectFields(Set<String> into) {
            parts.forEach(c -> c.collectFields(into));
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        public boolean test(Answers answers) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).test(answers)) {
                    return true;
                }
            }
            return false;
        }

        public void collectFields(Set<String> into) {
            parts.forEach(c -> c.collectFields(into));
        }
    }

    record Not(Condition inner) implements Condition {
        public boolean test(Answers answers) {
            return !inner.test(answers);
        }

        public void collectFields(Set<String> into) {
            inner.collectFields(into);
        }
    }

    /**
     * equals / in on a single or yes/no field; has, has_any, has_all, has_none on a multi field. The values
     * are also kept in an array: a few string comparisons (mostly the same instance, the option's own id)
     * beat hashing on the per-row path.
     */
    final class ChoiceTest implements Condition {
        private final String field;
        private final Operator op;
        private final Set<String> values;
        private final String[] array;

        public ChoiceTest(String field, Operator op, Set<String> values) {
            this.field = field;
            this.op = op;
            this.values = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(values));
            this.array = this.values.toArray(String[]::new);
        }

        public String field() {
            return field;
        }

        public Operator op() {
            return op;
        }

        public Set<String> values() {
            return values;
        }

        public boolean test(Answers answers) {
            Answer answer = answers.raw(field);
            if (answer instanceof Answer.Choice c) {
                return isValue(c.id());
            }
            if (answer instanceof Answer.Choices cs) {
                return switch (op) {
                    case HAS, HAS_ANY -> containsAny(cs.ids());
                    case HAS_ALL -> containsAll(cs.ids());
                    case HAS_NONE -> !containsAny(cs.ids());
                    default -> throw new IllegalStateException(op + " on a multi-choice answer");
                };
            }
            return false;
        }

        private boolean isValue(String id) {
            for (String v : array) {
                if (v.equals(id)) {
                    return true;
                }
            }
            return false;
        }

        private boolean containsAny(List<String> ids) {
            for (int i = 0; i < ids.size(); i++) {
                if (isValue(ids.get(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean containsAll(List<String> ids) {
            for (String v : array) {
                if (!ids.contains(v)) {
                    return false;
                }
            }
            return true;
        }

        public void collectFields(Set<String> into) {
            into.add(field);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ChoiceTest t && field.equals(t.field) && op == t.op && values.equals(t.values);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(field, op, values);
        }

        @Override
        public String toString() {
            return "ChoiceTest[field=" + field + ", op=" + op + ", values=" + values + "]";
        }
    }

    /** A numeric comparison; {@code low..high} inclusive, with open ends for one-sided operators. */
    record NumberTest(String field, Operator op, double low, double high) implements Condition {
        public boolean test(Answers answers) {
            if (!(answers.raw(field) instanceof Answer.Num n)) {
                return false;
            }
            return holds(op, low, high, n.value());
        }

        /** Whether {@code v} passes the comparison. */
        static boolean holds(Operator op, double low, double high, double v) {
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

        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    record AnsweredTest(String field, boolean answered) implements Condition {
        public boolean test(Answers answers) {
            return answers.has(field) == answered;
        }

        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    /** The single answer of {@code field} is one of the answers of the multi field {@code other}. */
    record InAnswersOf(String field, String other) implements Condition {
        public boolean test(Answers answers) {
            if (answers.raw(field) instanceof Answer.Choice c && answers.raw(other) instanceof Answer.Choices cs) {
                return cs.ids().contains(c.id());
            }
            return false;
        }

        public void collectFields(Set<String> into) {
            into.add(field);
            into.add(other);
        }
    }
}
