package org.triage.questionnaire;

/**
 * What a {@link Prompter} read: a line, a line too long to read, an interrupt (Ctrl-C), the end of input (Ctrl-D), or, from a question
 * drawn whole, a wish to see the answers so far.
 */
public sealed interface Input {

    record Line(String text) implements Input {
        public Line {
            text = text == null ? "" : text;
        }
    }

    /** A line longer than {@link org.triage.problem.Limits#REPLY_CHARS}: refused unread, and asked again. */
    record TooLong() implements Input {
        /** What the person is told; the reply is not repeated. */
        public static final String SAID = "That reply is longer than "
                + org.triage.problem.Limits.shown(org.triage.problem.Limits.REPLY_CHARS)
                + " characters, so it was not read. Type a shorter one.";
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
