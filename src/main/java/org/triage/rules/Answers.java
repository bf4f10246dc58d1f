package org.triage.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A client's answers by field id. Immutable; an absent field is not answered. */
public record Answers(Map<String, Answer> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<Answer> get(String fieldId) {
        return Optional.ofNullable(values.get(fieldId));
    }

    public boolean has(String fieldId) {
        return values.containsKey(fieldId);
    }

    public Answers with(String fieldId, Answer answer) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        copy.put(fieldId, answer);
        return new Answers(copy);
    }

    public Answers without(String fieldId) {
        Map<String, Answer> copy = new LinkedHashMap<>(values);
        copy.remove(fieldId);
        return new Answers(copy);
    }
}
