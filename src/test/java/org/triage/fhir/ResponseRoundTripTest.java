package org.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triage.engine.Engine;
import org.triage.problem.Problems;
import org.triage.report.JsonReport;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Case;
import org.triage.rules.RuleSet;

/** Answers written as a QuestionnaireResponse and read back give the same result; the responses are valid FHIR. */
class ResponseRoundTripTest {

    private static Answers readBack(String json) {
        Problems problems = new Problems();
        Answers answers = new ResponseReader(FhirCheck.shipped(), false, problems).read("qr.json", json, 0).answers();
        assertThat(problems.inOrder()).isEmpty();
        return answers;
    }

    private static String result(Answers answers) {
        return JsonReport.render(Engine.evaluate(FhirCheck.shipped(), answers), true, 0);
    }

    @Test
    void everyCaseOfTheRuleSetGivesTheSameResultFromItsQuestionnaireResponse() {
        RuleSet rules = FhirCheck.shipped();
        assertThat(rules.cases()).hasSizeGreaterThan(100);
        for (Case c : rules.cases()) {
            Answers back = readBack(ResponseWriter.write(c.answers(), rules));
            assertThat(back).as(c.name()).isEqualTo(c.answers());
            assertThat(result(back)).as(c.name()).isEqualTo(result(c.answers()));
        }
    }

    @Test
    void writtenResponsesValidateAgainstFhirR4AndTheExportedQuestionnaire() {
        RuleSet rules = FhirCheck.shipped();
        int validated = 0;
        for (Case c : rules.cases()) {
            // a case may answer a follow-up that does not apply, which a forms app would never send
            if (rules.questionnaire().applicable(c.answers()).equals(c.answers())) {
                assertThat(FhirCheck.errors(ResponseWriter.write(c.answers(), rules))).as(c.name()).isEmpty();
                validated++;
            }
        }
        assertThat(validated).as("cases whose response is validated").isGreaterThan(rules.cases().size() / 2);
    }

    @Test
    void theValidatorChecksAResponseAgainstTheQuestionnaire() {
        String written = ResponseWriter.write(FhirCheck.shipped().cases().get(0).answers(), FhirCheck.shipped());
        assertThat(FhirCheck.errors(written.replace("\"linkId\": \"red_flags\"", "\"linkId\": \"red_flag\"")))
                .anyMatch(e -> e.contains("red_flag"));
    }

    @Test
    void aResponseMadeByAFormsAppWithNestedFollowUpsIsRead() throws IOException {
        String json = Files.readString(Path.of("src/test/resources/fhir/forms-app-response.json"));
        Problems problems = new Problems();
        ResponseReader.Response r = new ResponseReader(FhirCheck.shipped(), false, problems).read("qr.json", json, 0);
        assertThat(problems.inOrder()).isEmpty();
        assertThat(r.id()).contains("tablet-0042");
        Map<String, Answer> a = r.answers().values();
        assertThat(a.get("conditions")).isEqualTo(new Answer.Choices(List.of("anticoagulants", "pregnancy")));
        assertThat(a.get("pregnancy_weeks")).isEqualTo(new Answer.Num(20));
        assertThat(a.get("pregnancy_signs")).isEqualTo(new Answer.Choices(List.of("none")));
        assertThat(a.get("fracture_healed")).isEqualTo(new Answer.Choice("yes"));
        assertThat(a.get("function_score")).isEqualTo(new Answer.Num(6.5));
        assertThat(a.get("injury_region")).isEqualTo(new Answer.Choice("wrist_hand"));
        assertThat(a.get("client_id")).isEqualTo(new Answer.Text("T-0042"));
        assertThat(a).hasSize(14);
    }

    @Test
    void theFormsAppsResponseGivesTheResultOfTheSameAnswersAsYaml() throws IOException {
        String json = Files.readString(Path.of("src/test/resources/fhir/forms-app-response.json"));
        String yaml = String.join("\n", "client_id: T-0042", "red_flags: [none]", "conditions: [pregnancy, anticoagulants]",
                "pregnancy_weeks: 20", "pregnancy_signs: [none]", "goals: [injury_recovery, mobility]", "consent: self",
                "pain_level: 4", "function_score: 6.5", "injury_type: fracture", "injury_days_ago: 60",
                "injury_region: wrist_hand", "fracture_healed: yes", "needles_ok: unsure");
        Problems problems = new Problems();
        Answers fromYaml = org.triage.rules.AnswersFile.read("a.yaml", yaml, FhirCheck.shipped().questionnaire(), problems);
        assertThat(problems.inOrder()).isEmpty();
        assertThat(result(readBack(json))).isEqualTo(result(fromYaml));
    }
}
