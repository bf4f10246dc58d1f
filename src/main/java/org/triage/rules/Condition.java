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
            for (Condition c : parts) {
                if (!c.test(answers)) {
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
            for (Condition c : parts) {
                if (c.test(answers)) {
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

    /** equals / in on a single or yes/no field; has, has_any, has_all, has_none on a multi field. */
    record ChoiceTest(String field, Operator op, Set<String> values) implements Condition {
        public ChoiceTest {
            values = Set.copyOf(values);
        }

        public boolean test(Answers answers) {
            Answer answer = answers.raw(field);
            if (answer instanceof Answer.Choice c) {
                return values.contains(c.id());
            }
            if (answer instanceof Answer.Choices cs) {
                return switch (op) {
                    case HAS, HAS_ANY -> containsAny(cs.ids());
                    case HAS_ALL -> cs.ids().containsAll(values);
                    case HAS_NONE -> !containsAny(cs.ids());
                    default -> throw new IllegalStateException(op + " on a multi-choice answer");
                };
            }
            return false;
        }

        private boolean containsAny(List<String> ids) {
            for (String id : ids) {
                if (values.contains(id)) {
                    return true;
                }
            }
            return false;
        }

        public void collectFields(Set<String> into) {
            into.add(field);
        }
    }

    /** A numeric comparison; {@code low..high} inclusive, with open ends for one-sided operators. */
    record NumberTest(String field, Operator op, double low, double high) implements Condition {
        public boolean test(Answers answers) {
            if (!(answers.raw(field) instanceof Answer.Num n)) {
                return false;
            }
            double v = n.value();
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
