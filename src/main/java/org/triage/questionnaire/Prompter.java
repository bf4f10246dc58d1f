package org.triage.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * Where the questionnaire talks to a person: shows text and reads one reply at a time. The flow
 * knows nothing of terminals; a JLine implementation lives in the command-line adapter.
 */
public interface Prompter {

    /** Shows a block of text (one or more lines). */
    void say(String text);

    /**
     * Reads one reply.
     *
     * @param prompt the prompt shown on the input line
     * @param choices the words a reply may be made of, for completion (empty when free text)
     */
    Input read(String prompt, List<String> choices);

    /**
     * Asks a whole question its own way, such as a list moved through with the arrow keys, and gives the reply
     * as the words it stands for (as if typed). Empty when this prompter reads lines only, or cannot draw on its
     * terminal now: then the question is shown and read line by line, as always.
     */
    default Optional<Input> ask(Question question) {
        return Optional.empty();
    }
}
