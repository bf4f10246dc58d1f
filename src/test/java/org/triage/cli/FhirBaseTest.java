package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic's own rule set names its FHIR resources under the base its ruleset.yaml gives ({@code fhir_base}): the
 * Questionnaire it exports, the code system its responses must use and the module of its results; a response
 * coded for another rule set's code system is refused, and a base that is not a URL is an error at its place.
 */
class FhirBaseTest {

    private static final String CLINIC = "https://physio.example.org/fhir";

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void clinicRules() throws IOException {
        rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        setBase("fhir_base: " + CLINIC);
    }

    private void setBase(String line) throws IOException {
        Path header = rules.resolve("ruleset.yaml");
        String text = Files.readString(header);
        assertThat(text).containsPattern("(?m)^fhir_base: .*$");
        Files.writeString(header, text.replaceFirst("(?m)^fhir_base: .*$", line));
    }

    private Path response(String system) throws IOException {
        Path file = dir.resolve("qr.json");
        Files.writeString(file, "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\","
                + " \"questionnaire\": \"" + CLINIC + "/Questionnaire/intake|1.1.0\", \"item\": [\n"
                + "  {\"linkId\": \"red_flags\", \"answer\": [{\"valueCoding\": {\"system\": \"" + system
                + "/CodeSystem/intake-options\", \"code\": \"none\"}}]},\n"
                + "  {\"linkId\": \"conditions\", \"answer\": [{\"valueCoding\": {\"code\": \"none\"}}]},\n"
                + "  {\"linkId\": \"goals\", \"answer\": [{\"valueCoding\": {\"code\": \"relaxation\"}}]}\n]}\n");
        return file;
    }

    @Test
    void theExportedQuestionnaireAndItsCodesAreNamedUnderTheClinicsBase() {
        Run run = Run.of("questionnaire", "--fhir", "--rules", rules.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"url\": \"" + CLINIC + "/Questionnaire/intake\"",
                        "\"system\": \"" + CLINIC + "/CodeSystem/intake-options\"",
                        "\"system\": \"" + CLINIC + "/ruleset-sha256\"")
                .doesNotContain("http://triage.org/fhir/CodeSystem", "http://triage.org/fhir/Questionnaire");
    }

    @Test
    void aResponseInTheClinicsCodesIsReadAndItsResultNamesTheClinicsModule() throws IOException {
        Run run = Run.of("recommend", "--answers", response(CLINIC).toString(), "--rules", rules.toString(),
                "--format", "fhir");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"moduleCanonical\": \"" + CLINIC + "/Library/triage-rules|1.1.0\"",
                "\"system\": \"" + CLINIC + "/CodeSystem/techniques\"", "\"valueCode\": \"massage\"");
    }

    @Test
    void aResponseCodedForTheShippedRuleSetIsRefusedByTheClinicsAtItsPlace() throws IOException {
        Path file = response("http://triage.org/fhir");
        Run run = Run.of("recommend", "--answers", file.toString(), "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(file + ":2:",
                "the code system 'http://triage.org/fhir/CodeSystem/intake-options' is not the rule set's",
                CLINIC + "/CodeSystem/intake-options").doesNotContain("Exception");
    }

    @Test
    void aResponseToTheShippedQuestionnaireIsForAnotherQuestionnaire() throws IOException {
        Path file = response(CLINIC);
        Files.writeString(file, Files.readString(file).replace(CLINIC + "/Questionnaire", "http://triage.org/fhir/Questionnaire"));
        Run run = Run.of("recommend", "--answers", file.toString(), "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(file + ":1:", "the response is for another questionnaire",
                CLINIC + "/Questionnaire/intake|1.1.0");
    }

    @Test
    void aBaseThatIsNotAUrlIsAnErrorOfTheRuleSetAtItsPlace() throws IOException {
        setBase("fhir_base: physio.example.org/fhir/");
        Run run = Run.of("rules", "check", "--rules", rules.toString());
        assertThat(run.code()).isEqualTo(4);
        int line = Files.readAllLines(rules.resolve("ruleset.yaml")).indexOf("fhir_base: physio.example.org/fhir/") + 1;
        assertThat(run.out() + run.err()).contains("ruleset.yaml:" + line + ":12:", "fhir_base is not an http or https URL",
                "fix:").doesNotContain("Exception");
    }
}
