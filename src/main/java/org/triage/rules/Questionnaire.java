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
    private final Map<String, Integer> indexById = new HashMap<>();
    private final List<String> ids;
    private final List<Field> screening;
    private final List<Field> followUps;

    /** @throws IllegalArgumentException for a field of more than {@link QuestionnaireReader#MAX_OPTIONS} options */
    public Questionnaire(List<Field> fields) {
        for (Field f : fields) {
            if (f.options().size() > QuestionnaireReader.MAX_OPTIONS) {
                throw new IllegalArgumentException(f.id() + " has " + f.options().size() + " options; at most "
                        + QuestionnaireReader.MAX_OPTIONS + " fit the engine's answers");
            }
        }
        this.fields = List.copyOf(fields);
        this.fields.forEach(f -> byId.put(f.id(), f));
        for (int i = 0; i < this.fields.size(); i++) {
            indexById.put(this.fields.get(i).id(), i);
        }
        this.ids = this.fields.stream().map(Field::id).toList();
        this.screening = this.fields.stream().filter(Field::screening).toList();
        this.followUps = this.fields.stream().filter(Field::isFollowUp).toList();
    }

    public List<Field> fields() {
        return fields;
    }

    public Optional<Field> field(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The position of a field in the order the questions are asked, or -1 when there is no such field. */
    public int index(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
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
        if (everyFollowUpApplies(answers)) {
            return answers;
        }
        Map<String, Answer> kept = new LinkedHashMap<>();
        Answers soFar = Answers.owning(kept);
        for (Field f : fields) {
            Answer a = answers.raw(f.id());
            if (a != null && (f.askWhen().isEmpty() || f.askWhen().get().test(soFar))) {
                kept.put(f.id(), a);
            }
        }
        return soFar;
    }

    /**
     * Whether every answered follow-up applies. A follow-up's condition names only questions asked before it
     * (the loader checks this), so while none is dropped, testing it on all the answers is the same as
     * testing it on the answers before it: the common case needs no copy.
     */
    private boolean everyFollowUpApplies(Answers answers) {
        for (Field f : followUps) {
            if (answers.has(f.id()) && !f.askWhen().orElseThrow().test(answers)) {
                return false;
            }
        }
        return true;
    }
}
