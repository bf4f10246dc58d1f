package org.triage.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The intake fields in the order they are asked. */
public record Questionnaire(List<Field> fields) {

    public Questionnaire {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return fields.stream().map(Field::id).toList();
    }

    public List<Field> screening() {
        return fields.stream().filter(Field::screening).toList();
    }

    /**
     * The answers to questions that apply: a follow-up whose {@code ask_when} does not hold on the
     * answers before it is dropped, as the questionnaire would never have asked it.
     */
    public Answers applicable(Answers answers) {
        Map<String, Answer> kept = new LinkedHashMap<>();
        for (Field f : fields) {
            Optional<Answer> a = answers.get(f.id());
            if (a.isPresent() && f.askWhen().map(c -> c.test(new Answers(kept))).orElse(true)) {
                kept.put(f.id(), a.get());
            }
        }
        return kept.size() == answers.values().size() ? answers : new Answers(kept);
    }
}
