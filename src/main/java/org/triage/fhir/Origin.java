package org.triage.fhir;

import java.util.Optional;

/**
 * What a QuestionnaireResponse says about itself that its result must carry for a receiving system to file it: its
 * {@code id}, and the references of its {@code subject} (a Patient or a Group, as a GuidanceResponse's subject must
 * be) and its {@code encounter}. Only the reference texts are kept; nothing is looked up.
 */
public record Origin(Optional<String> id, Optional<String> subject, Optional<String> encounter) {

    /** Answers that came from no resource: a YAML file, the command line, the questionnaire. */
    public static final Origin NONE = new Origin(Optional.empty(), Optional.empty(), Optional.empty());
}
