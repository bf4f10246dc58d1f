package org.triage.questionnaire;

/** What a {@link Prompter} read: a line, an interrupt (Ctrl-C), or the end of input (Ctrl-D). */
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
}
