package org.triage.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The closed set of leaf operators of the rule language. */
public enum Operator {
    EQUALS, IN, HAS, HAS_ANY, HAS_ALL, HAS_NONE,
    LESS_THAN, AT_MOST, MORE_THAN, AT_LEAST, BETWEEN,
    ANSWERED, IN_ANSWERS_OF;

    /** The key as written in YAML. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Operator> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Operator::key).toList();
    }

    /** Whether the operator can be used on a field of this type. */
    public boolean appliesTo(FieldType type) {
        return switch (this) {
            case EQUALS -> type != FieldType.MULTI && type != FieldType.TEXT;
            case IN, IN_ANSWERS_OF -> type == FieldType.SINGLE;
            case HAS, HAS_ANY, HAS_ALL, HAS_NONE -> type == FieldType.MULTI;
            case LESS_THAN, AT_MOST, MORE_THAN, AT_LEAST, BETWEEN -> type.isNumeric();
            case ANSWERED -> true;
        };
    }

    /** The operators that work on a field type, for an error message. */
    public static List<String> keysFor(FieldType type) {
        return Arrays.stream(values()).filter(o -> o.appliesTo(type)).map(Operator::key).toList();
    }
}
