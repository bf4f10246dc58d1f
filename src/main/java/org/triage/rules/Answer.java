package org.triage.rules;

import java.util.List;
import java.util.Objects;

/** One field's answer, already checked against the field. */
public sealed interface Answer {

    /** The answer as written in an answers file or a CSV cell. */
    String display();

    /** A single-choice or yes/no answer: one option id. */
    record Choice(String id) implements Answer {
        public Choice {
            Objects.requireNonNull(id);
        }

        public String display() {
            return id;
        }
    }

    /** A multi-choice answer: option ids in the field's option order, without repeats. */
    record Choices(List<String> ids) implements Answer {
        public Choices {
            ids = List.copyOf(ids);
        }

        public String display() {
            return String.join(";", ids);
        }
    }

    record Num(double value) implements Answer {
        public String display() {
            return format(value);
        }

        static String format(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    record Text(String text) implements Answer {
        public Text {
            Objects.requireNonNull(text);
        }

        public String display() {
            return text;
        }
    }
}
