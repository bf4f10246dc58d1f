package org.triage.engine;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.triage.rules.Answer;
import org.triage.rules.AnswerSlots;
import org.triage.rules.Rule;

/** A rule that fired, and the answers it was evaluated on. */
public record Firing(Rule rule, AnswerSlots evaluatedOn) {

    /** The answers the rule's condition looked at (worked out when asked: only --explain needs them). */
    public Map<String, Answer> answers() {
        Set<String> fields = new LinkedHashSet<>();
        rule.when().collectFields(fields);
        Map<String, Answer> used = new LinkedHashMap<>();
        for (String id : fields) {
            int i = evaluatedOn.questionnaire().index(id);
            Answer a = i < 0 ? null : evaluatedOn.answer(i);
            if (a != null) {
                used.put(id, a);
            }
        }
        return used;
    }
}
