package org.triage.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The intake fields in the order they are asked. */
public final class Questionnaire {

    private final List<Field> fields;
    private final Map<String, Field> byId = new HashMap<>();
    private final List<String> ids;
    private final List<Field> screening;

    public Questionnaire(List<Field> fields) {
        this.fields = List.copyOf(fields);
        this.fields.forEach(f -> byId.put(f.id(), f));
        this.ids = this.fields.stream().map(Field::id).toList();
        this.screening = this.fields.stream().filter(Field::screening).toList();
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<String> ids() {
        return ids;
    }

    public List<Field> screening() {
        return screening;
    }

    /**
     * The answers to questions that apply: a follow-up whose {@code ask_when} does not hold on the
     * answers before it is dropped, as the questionnaire would never have asked it.
     */
    public Answers applicable(Answers answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        Answers soFar = Answers.owning(kept);
        for (Field f : fields) {
            Answer a = answers.raw(f.id());
            if (a != null && (f.askWhen().isEmpty() || f.askWhen().get().test(soFar))) {
                kept.put(f.id(), a);
            }
        }
        return kept.size() == answers.values().size() ? answers : soFar;
    }
}
