package org.triage.questionnaire;

/** How the questions are worded. */
public enum Mode {
    /** Options as a compact numbered list; the input line shows "> ". */
    STANDARD,
    /**
     * For screen readers: every option spelled out on its own line with its number and id
     * ("Option 1 of 15: saddle_numbness: ..."), and every input line ends with what to type.
     */
    ACCESSIBLE
}
