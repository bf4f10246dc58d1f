package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage questionnaire --fhir}: the Questionnaire to stdout or to a file. */
class QuestionnaireCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheQuestionnaireToStdout() {
        Run run = Run.of("questionnaire", "--fhir");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"resourceType\": \"Questionnaire\"", "\"linkId\": \"red_flags\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void writesTheQuestionnaireToAFileWithDashO() throws Exception {
        Path file = dir.resolve("intake.json");
        Run run = Run.of("questionnaire", "--fhir", "-o", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(Run.of("questionnaire", "--fhir").out());
    }

    @Test
    void withoutFhirItSaysWhichFormatToAskFor() {
        Run run = Run.of("questionnaire");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--fhir");
    }

    @Test
    void aFolderThatDoesNotExistIsExitFiveAndNothingIsWritten() {
        Path file = dir.resolve("missing").resolve("intake.json");
        Run run = Run.of("questionnaire", "--fhir", "-o", file.toString());
        assertThat(run.code()).isEqualTo(5);
        assertThat(run.err()).contains("does not exist").doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }
}
