package org.triage.questionnaire;

/**
 * What a {@link Prompter} read: a line, an interrupt (Ctrl-C), the end of input (Ctrl-D), or, from a question
 * drawn whole, a wish to see the answers so far.
 */
public sealed interface Input {

    record Line(String text) implements Input {
        public Line {
            text = text == null ? "" : text;
        }
    }

    /** The person pressed Ctrl-C. */
    record Interrupt() implements Input {
    }

    /** The input ended: Ctrl-D on a terminal, or the end of a script's input. */
    record End() implements Input {
    }

    /** The person asked to see the answers given so far, then to come back to the same question. */
    record AnswersSoFar() implements Input {
    }
}
