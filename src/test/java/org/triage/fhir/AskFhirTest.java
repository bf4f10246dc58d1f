package org.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.App;
import org.triage.cli.Console;

/** {@code triage ask --save FILE --fhir} saves a QuestionnaireResponse; {@code --resume} reads one. */
class AskFhirTest {

    /** An injury intake with every question answered, one answer per line, then Enter at the review. */
    private static final String SPRAIN = "none\nanticoagulants\ninjury_recovery, mobility\nself\nA-17\n34\n5\nankle_foot\n3\n"
            + "swelling localized_pain\n6\nsprain_strain\n20\nankle_foot\nnone\nactive\nunsure\n\n";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), Map.of(), false);
        int code = App.run(console, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theSavedResponseIsValidFhirAndGivesTheSameResult() throws IOException {
        Path saved = dir.resolve("intake.json");
        Run asked = run(SPRAIN, "ask", "--save", saved.toString(), "--fhir");
        assertThat(asked.code()).isZero();
        String json = Files.readString(saved);
        QuestionnaireResponse qr = (QuestionnaireResponse) FhirCheck.parse(json);
        assertThat(qr.getQuestionnaire()).isEqualTo("http://triage.org/fhir/Questionnaire/intake|" + FhirCheck.shipped().version());
        assertThat(qr.getStatus().toCode()).isEqualTo("completed");
        assertThat(FhirCheck.errors(json)).isEmpty();
        Run recommended = run("", "recommend", "--answers", saved.toString());
        assertThat(recommended.code()).isZero();
        assertThat(recommended.out()).contains("Client: A-17");
        assertThat(asked.out()).endsWith(recommended.out());
    }

    @Test
    void aPartlyAnsweredResponseIsInProgressAndResumes() throws IOException {
        Path saved = dir.resolve("partial.json");
        Run first = run("none\nnone\n", "--save", saved.toString(), "--fhir");
        assertThat(first.err()).contains("--resume " + saved + " --save " + saved + " --fhir");
        QuestionnaireResponse qr = (QuestionnaireResponse) FhirCheck.parse(Files.readString(saved));
        assertThat(qr.getStatus().toCode()).isEqualTo("in-progress");
        assertThat(qr.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("red_flags", "conditions");
        Run second = run("relaxation\nself\n" + "\n".repeat(12), "ask", "--resume", saved.toString());
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("Recommended approach: general massage");
    }

    @Test
    void aResponseToAnotherVersionResumesOnlyWhenAllowedAndThenWithAWarning() throws IOException {
        Path saved = dir.resolve("old.json");
        run("none\nnone\n", "--save", saved.toString(), "--fhir");
        Files.writeString(saved, Files.readString(saved).replace("intake|" + FhirCheck.shipped().version(), "intake|1.0.0"));
        Run refused = run("", "ask", "--resume", saved.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("the response is for version 1.0.0", "--ignore-questionnaire-version");
        assertThat(refused.out()).doesNotContain("Intake questions");
        Run allowed = run("relaxation\nself\n" + "\n".repeat(12), "ask", "--resume", saved.toString(),
                "--ignore-questionnaire-version");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("warning: the response is for version 1.0.0");
        assertThat(allowed.out()).contains("Recommended approach: general massage");
    }

    @Test
    void fhirWithoutSaveIsAUsageError() {
        Run run = run("", "ask", "--fhir");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--save FILE");
    }

    @Test
    void aBrokenResponseToResumeIsReportedWithItsLocation() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"resourceType\": \"QuestionnaireResponse\",\n \"item\": [{\"linkId\": \"red_flags\","
                + " \"answer\": [{\"valueCoding\": {\"code\": \"chest_pian\"}}]}]}\n");
        Run run = run("", "ask", "--resume", bad.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(bad + ":2:", "unknown code 'chest_pian'. Did you mean 'chest_pain'?")
                .doesNotContain("Exception");
    }
}
