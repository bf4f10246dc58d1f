package org.triage.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A client's answers by field id. Immutable; an absent field is not answered. */
public final class Answers {

    public static final Answers NONE = new Answers(Map.of());

    private final Map<String, Answer> values;

    /** The answers of {@code values}, copied. */
    public Answers(Map<String, Answer> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private Answers(Map<String, Answer> owned, boolean viewOnly) {
        this.values = Collections.unmodifiableMap(owned);
    }

    /** Answers over a map the caller built and will not change after this (no copy: the per-row path). */
    static Answers owning(Map<String, Answer> map) {
        return new Answers(map, true);
    }

    public Map<String, Answer> values() {
        return values;
    }

    public Optional<Answer> get(String fieldId) {
        return Optional.ofNullable(values.get(fieldId));
    }

    /** The answer, or null when the field is not answered (for the conditions' inner loop). */
    Answer raw(String fieldId) {
        return values.get(fieldId);
    }

    public boolean has(String fieldId) {
        return values.containsKey(fieldId);
    }

    public Answers with(String fieldId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        copy.put(fieldId, answer);
        return owning(copy);
    }

    public Answers without(String fieldId) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        copy.remove(fieldId);
        return owning(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers a && values.equals(a.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values.keySet();
    }
}
