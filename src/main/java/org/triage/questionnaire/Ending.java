package org.triage.questionnaire;

import java.util.Optional;
import org.triage.engine.Recommendation;
import org.triage.rules.Answers;

/** How a questionnaire run ended, with the answers given so far. */
public sealed interface Ending {

    Answers answers();

    /** Every question that applies was asked and the person confirmed the review. */
    record Finished(Answers answers) implements Ending {
    }

    /** The answers so far mean an emergency: the questionnaire stopped at once. */
    record Emergency(Answers answers, Recommendation result) implements Ending {
    }

    /** The person chose to quit (Ctrl-C, then yes). {@code waiting} is the question that was open. */
    record Quit(Answers answers, Optional<String> waiting) implements Ending {
    }

    /** The input ended (Ctrl-D, or the end of a script's input) while {@code waiting} was open. */
    record InputEnded(Answers answers, Optional<String> waiting) implements Ending {
    }
}
