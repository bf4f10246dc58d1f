package org.triage.questionnaire;

import org.triage.rules.Answer;

/** What came of asking one question. */
sealed interface Reply {

    record Given(Answer answer) implements Reply {
    }

    /** An optional question left empty. */
    record Skipped() implements Reply {
    }

    /** The person typed {@code back}. */
    record Back() implements Reply {
    }

    record Interrupted() implements Reply {
    }

    record Ended() implements Reply {
    }

    /** The person asked to see the answers so far; the same question is asked again afterwards. */
    record AnswersSoFar() implements Reply {
    }
}
