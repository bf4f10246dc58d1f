package org.triage.questionnaire;

import java.util.Optional;
import org.triage.rules.Section;

/**
 * Where a question is in the intake: its number among the questions that apply so far (a follow-up counts
 * only once its condition holds, so the total can grow), and the part of the intake it is in.
 */
public record Place(int number, int total, Optional<Section> section) {

    /** For example "Question 5 of 17 - Pain". */
    public String text() {
        return "Question " + number + " of " + total + section.map(s -> " - " + s.title()).orElse("");
    }
}
