package org.triage.questionnaire;

import java.util.Optional;
import org.triage.rules.Answer;
import org.triage.rules.Field;

/**
 * A question as a prompter that draws it whole sees it: the field, whether it needs an answer, the answer it
 * already has (kept on Enter), where it is in the intake, and what to tell the person about their last reply.
 */
public record Question(Field field, boolean required, Optional<Answer> current, Place place, Optional<String> note) {

    /**
     * What is wrong with a reply, worded as in line mode; empty when it is an answer. An empty reply keeps the
     * answer so far, or skips a question that needs no answer.
     */
    public Optional<String> problem(String reply) {
        if (reply.isBlank()) {
            return required && current.isEmpty() ? Optional.of(Asker.NEEDS_ANSWER) : Optional.empty();
        }
        return Questions.parse(field, reply) instanceof Parsed.Invalid invalid
                ? Optional.of(invalid.message()) : Optional.empty();
    }

    /** A reply in words (option labels rather than ids), when it is an answer or a skip. */
    public Optional<String> inWords(String reply) {
        if (reply.isBlank()) {
            return required && current.isEmpty() ? Optional.empty() : currentInWords().or(() -> Optional.of("(skipped)"));
        }
        return Questions.parse(field, reply) instanceof Parsed.Ok ok
                ? Optional.of(Questions.describe(field, ok.answer())) : Optional.empty();
    }

    /** The current answer in words. */
    public Optional<String> currentInWords() {
        return current.map(a -> Questions.describe(field, a));
    }
}
