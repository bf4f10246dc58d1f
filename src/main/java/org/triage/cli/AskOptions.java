package org.triage.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the questionnaire ({@code triage} and {@code triage ask}). */
final class AskOptions {

    @Option(names = "--save", paramLabel = "FILE",
            description = "Write the answers to FILE (YAML, for 'triage recommend --answers' or --resume), also when stopped early.")
    Path save;

    @Option(names = "--fhir",
            description = "With --save, write the answers as a FHIR R4 QuestionnaireResponse (JSON).")
    boolean fhir;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Start from the answers in FILE (an answers file or a QuestionnaireResponse) and ask only what is missing.")
    String resume;

    @Option(names = "--ignore-questionnaire-version",
            description = "With --resume, read a QuestionnaireResponse to another version of the questionnaire, with a warning.")
    boolean ignoreQuestionnaireVersion;

    @Option(names = "--clinic", paramLabel = "FILE",
            description = "The clinic's name and contact for the summary offered at the end (default: clinic.yaml beside --rules, if any).")
    Path clinic;

    @Option(names = "--accessible",
            description = "Plain linear prompts: no redrawing, no colour, every option spelled out (also: ACCESSIBLE=1).")
    boolean accessible;
}
