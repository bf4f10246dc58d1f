package org.triage.questionnaire;

import java.util.Objects;
import org.triage.rules.Answer;

/** A reply read against its question: a checked answer, or what was wrong and how to fix it. */
sealed interface Parsed {

    record Ok(Answer answer) implements Parsed {
        public Ok {
            Objects.requireNonNull(answer);
        }
    }

    record Invalid(String message) implements Parsed {
    }
}
