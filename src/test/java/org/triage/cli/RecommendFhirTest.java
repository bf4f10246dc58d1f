package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recommend --answers} with a FHIR QuestionnaireResponse: read by linkId; bad ones located, never a trace. */
class RecommendFhirTest {

    private static final String SYSTEM = "http://triage.org/fhir/CodeSystem/intake-options";

    @TempDir
    Path dir;

    private static String coding(String code) {
        return "{\"valueCoding\": {\"system\": \"" + SYSTEM + "\", \"code\": \"" + code + "\"}}";
    }

    /** A response on one line per item, so that a test knows each item's line: the n-th item is on line n + 2. */
    private static String responseTo(String questionnaire, String... items) {
        return "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"questionnaire\": \""
                + questionnaire + "\", \"item\": [\n" + String.join(",\n", items) + "\n]}\n";
    }

    private static String response(String... items) {
        return responseTo("http://triage.org/fhir/Questionnaire/intake|1.1.0", items);
    }

    private static String item(String linkId, String... answers) {
        return "  {\"linkId\": \"" + linkId + "\", \"answer\": [" + String.join(", ", answers) + "]}";
    }

    private static final String[] SCREENING = {item("red_flags", coding("none")), item("conditions", coding("none")),
            item("goals", coding("relaxation")), item("pain_level", "{\"valueInteger\": 2}")};

    private Run recommend(String json, String... more) throws IOException {
        Path file = dir.resolve("qr.json");
        Files.writeString(file, json);
        String[] args = new String[3 + more.length];
        args[0] = "recommend";
        args[1] = "--answers";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return Run.of(args);
    }

    private static void assertNoTrace(Run run) {
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
    }

    @Test
    void aResponseGivesTheSameResultAsTheSameAnswersOnTheCommandLine() throws IOException {
        Run fhir = recommend(response(SCREENING), "--format", "json");
        Run line = Run.of("recommend", "-a", "red_flags=none", "-a", "conditions=none", "-a", "goals=relaxation",
                "-a", "pain_level=2", "--format", "json");
        assertThat(fhir.code()).isZero();
        assertThat(fhir.err()).isEmpty();
        assertThat(fhir.out()).isEqualTo(line.out()).contains("\"outcome\": \"massage\"");
    }

    @Test
    void aResponseOnStdinIsRecognisedByItsResourceType() {
        Run run = Run.stdin(response(SCREENING), "recommend", "--answers", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("massage");
    }

    @Test
    void aRedFlagInAResponseRefers() throws IOException {
        Run run = recommend(response(item("red_flags", coding("saddle_numbness")), item("conditions", coding("none")),
                item("goals", coding("relaxation"))), "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"outcome\": \"refer\"", "\"urgency\": \"emergency\"");
    }

    @Test
    void formatFhirGivesAGuidanceResponseWithTheReferralAsAStatPriority() throws IOException {
        Run run = recommend(response(item("red_flags", coding("saddle_numbness")), item("conditions", coding("none")),
                item("goals", coding("relaxation"))), "--format", "fhir");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"resourceType\": \"GuidanceResponse\"")
                .contains("\"priority\": \"stat\"", "\"moduleCanonical\": \"http://triage.org/fhir/Library/triage-rules|1.1.0\"",
                        "\"valueCode\": \"emergency\"");
    }

    @Test
    void formatFhirWorksForAnswersFromTheCommandLineToo() {
        Run run = Run.of("recommend", "-a", "red_flags=none", "-a", "conditions=none", "-a", "goals=relaxation",
                "--format", "fhir");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"resourceType\": \"GuidanceResponse\"", "\"status\": \"success\"");
    }

    @Test
    void anotherResourceTypeIsAnErrorAtItsPlace() throws IOException {
        Run run = recommend("{\"resourceType\": \"Patient\", \"id\": \"p1\"}\n");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:1:18: error: expected resourceType 'QuestionnaireResponse', found 'Patient'", "fix:");
        assertNoTrace(run);
    }

    @Test
    void anUnknownLinkIdIsNamedWithADidYouMean() throws IOException {
        String[] items = SCREENING.clone();
        items[3] = item("pain_levle", "{\"valueInteger\": 2}");
        Run run = recommend(response(items));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:5:14: error: unknown linkId 'pain_levle'. Did you mean 'pain_level'?", "fix:");
        assertNoTrace(run);
    }

    @Test
    void aValueOfTheWrongTypeSaysWhichTypeTheQuestionTakes() throws IOException {
        String[] items = SCREENING.clone();
        items[3] = item("pain_level", "{\"valueString\": \"2\"}");
        Run run = recommend(response(items));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:5:40: error: linkId 'pain_level': expected valueInteger (the question is integer),"
                + " found valueString", "fix: write \"answer\": [{\"valueInteger\": 0}]");
        assertNoTrace(run);
    }

    @Test
    void aCodeFromAnotherSystemIsRefused() throws IOException {
        String[] items = SCREENING.clone();
        items[0] = item("red_flags", "{\"valueCoding\": {\"system\": \"http://snomed.info/sct\", \"code\": \"none\"}}");
        Run run = recommend(response(items));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:2:65: error: linkId 'red_flags': the code system 'http://snomed.info/sct'"
                + " is not the rule set's", SYSTEM);
        assertNoTrace(run);
    }

    @Test
    void anUnknownCodeListsTheExpectedCodesWithADidYouMean() throws IOException {
        Run run = recommend(response(SCREENING[0], SCREENING[1], SCREENING[2], item("injury_type", coding("sprain_strian"))));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:5:", "linkId 'injury_type': unknown code 'sprain_strian'. Did you mean"
                + " 'sprain_strain'?", "fix: use one of: none, sprain_strain, tendon");
        assertNoTrace(run);
    }

    @Test
    void aNumberOutOfRangeIsLocated() throws IOException {
        String[] items = SCREENING.clone();
        items[3] = item("pain_level", "{\"valueInteger\": 44}");
        Run run = recommend(response(items));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:5:", "pain_level: 44 is out of range", "from 0 to 10");
    }

    @Test
    void aJsonSyntaxErrorIsLocated() throws IOException {
        Run run = recommend(response(SCREENING).replace("\"goals\",", "\"goals\""));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:4:", "JSON syntax error");
        assertNoTrace(run);
    }

    @Test
    void aResponseToAnotherQuestionnaireIsAnError() throws IOException {
        Run run = recommend(responseTo("http://example.org/Questionnaire/phq-9", SCREENING));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:1:", "the response is for another questionnaire", "phq-9");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aResponseToAnotherVersionIsAnErrorOrAWarningWhenAllowed() throws IOException {
        String old = responseTo("http://triage.org/fhir/Questionnaire/intake|1.0.0", SCREENING);
        Run refused = recommend(old);
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("error: the response is for version 1.0.0 of the questionnaire; the rule set is"
                + " 1.1.0", "--ignore-questionnaire-version");
        Run allowed = recommend(old, "--ignore-questionnaire-version");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.err()).contains("warning: the response is for version 1.0.0");
        assertThat(allowed.out()).contains("massage");
    }

    /** A red flag answered under a key the reader does not know must not be passed over as unanswered. */
    @Test
    void aMisspeltAnswerElementIsAnErrorNotARedFlagPassedOver() throws IOException {
        String[] items = SCREENING.clone();
        items[0] = "  {\"linkId\": \"red_flags\", \"answers\": [" + coding("chest_pain") + "]}";
        Run run = recommend(response(items), "--format", "json");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:2:27: error: unknown element 'answers' in the item of linkId 'red_flags'."
                + " Did you mean 'answer'?", "fix: use the elements of FHIR R4:");
        assertThat(run.out()).isEmpty();
        assertNoTrace(run);
    }

    @Test
    void followUpsUnderAMisspeltItemElementAreAnErrorWhereverTheyAre() throws IOException {
        String pregnant = "  {\"linkId\": \"conditions\", \"answer\": [{\"valueCoding\": {\"code\": \"pregnancy\"},"
                + " \"items\": [{\"linkId\": \"pregnancy_signs\", \"answer\": [" + coding("vaginal_bleeding") + "]}]}]}";
        Run underAnswer = recommend(response(SCREENING[0], pregnant, SCREENING[2]));
        assertThat(underAnswer.code()).isEqualTo(3);
        assertThat(underAnswer.err()).contains("qr.json:3:", "unknown element 'items' in an answer of linkId 'conditions'."
                + " Did you mean 'item'?");
        Run top = recommend(response(SCREENING).replace("\"item\": [", "\"Item\": ["));
        assertThat(top.code()).isEqualTo(3);
        assertThat(top.err()).contains("qr.json:1:", "unknown element 'Item' in the QuestionnaireResponse. Did you mean 'item'?");
        assertThat(top.out()).isEmpty();
    }

    @Test
    void anAnswerWithTwoValuesIsAnErrorNotItsFirstValueAlone() throws IOException {
        String[] items = SCREENING.clone();
        items[0] = item("red_flags", "{\"valueCoding\": {\"code\": \"none\"}, \"valueString\": \"chest pain\"}");
        Run run = recommend(response(items));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:2:", "linkId 'red_flags': an answer has one value, found valueCoding and"
                + " valueString");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aModifierExtensionIsRefusedAsSomethingTriageCannotReadSafely() throws IOException {
        String[] items = SCREENING.clone();
        items[0] = "  {\"linkId\": \"red_flags\", \"modifierExtension\": [{\"url\": \"http://example.org/negated\","
                + " \"valueBoolean\": true}], \"answer\": [" + coding("none") + "]}";
        Run run = recommend(response(items));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:2:27: error: 'modifierExtension' in the item of linkId 'red_flags':"
                + " triage does not know what this modifier changes");
    }

    @Test
    void aResponseEnteredInErrorIsNotAnIntake() throws IOException {
        Run run = recommend(response(SCREENING).replace("\"completed\"", "\"entered-in-error\""));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:1:", "the response was entered in error; it is not an intake");
        Run unknown = recommend(response(SCREENING).replace("\"completed\"", "\"complete\""));
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("status must be one of", "Did you mean 'completed'?");
    }

    @Test
    void aCodingOfAnotherVersionIsAnErrorOrAWarningWhenAllowed() throws IOException {
        String[] items = SCREENING.clone();
        items[0] = item("red_flags", "{\"valueCoding\": {\"system\": \"" + SYSTEM + "\", \"version\": \"0.9\","
                + " \"code\": \"none\"}}");
        Run refused = recommend(response(items));
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("qr.json:2:", "linkId 'red_flags': the coding is of version 0.9 of the code"
                + " system; the rule set is 1.1.0", "--ignore-questionnaire-version");
        Run allowed = recommend(response(items), "--ignore-questionnaire-version");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.err()).contains("warning: linkId 'red_flags': the coding is of version 0.9");
    }

    @Test
    void aQuestionnaireThatIsNotTextIsAnError() throws IOException {
        Run run = recommend(response(SCREENING).replace("\"questionnaire\": \"http://triage.org/fhir/Questionnaire/intake|1.1.0\"",
                "\"questionnaire\": [\"http://example.org/Questionnaire/other\"]"));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("qr.json:1:", "'questionnaire' must be the canonical URL of the Questionnaire as text");
    }

    @Test
    void aFiftyMegabyteResourceIsRefusedWithoutAStackTrace() throws IOException {
        Path file = dir.resolve("huge.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": [{\"linkId\":"
                    + " \"client_id\", \"answer\": [{\"valueString\": \"");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 50; i++) {
                w.write(block);
            }
            w.write("\"}]}]}\n");
        }
        Run run = Run.of("recommend", "--answers", file.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("huge.json:1:1048577: error: the file is larger than 1,048,576 bytes (1 MiB);"
                + " it was read up to here and no further", "fix:");
        assertNoTrace(run);
    }
}
