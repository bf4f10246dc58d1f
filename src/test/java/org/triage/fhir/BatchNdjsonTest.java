package org.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.App;
import org.triage.cli.Console;
import org.triage.engine.Engine;
import org.triage.rules.Case;
import org.triage.rules.RuleSet;

/** {@code triage batch} over NDJSON of QuestionnaireResponses, and {@code --format fhir} results. */
class BatchNdjsonTest {

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

    /** One response per line, with an id, for every case of the rule set. */
    private static String casesAsNdjson() {
        RuleSet rules = FhirCheck.shipped();
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Case c : rules.cases()) {
            String qr = ResponseWriter.write(c.answers(), rules).replaceAll("\\s*\\n\\s*", "");
            out.append(qr.replaceFirst("\\{", "{\"id\": \"case-" + (++n) + "\", ")).append('\n');
        }
        return out.toString();
    }

    private static GuidanceResponse guidance(String line) {
        return (GuidanceResponse) FhirCheck.parse(line);
    }

    private static long sourceLine(org.hl7.fhir.r4.model.DomainResource r) {
        return Long.parseLong(r.getExtensionByUrl(Fhir.EXT_SOURCE_LINE).getValue().primitiveValue());
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void everyCaseAsAResponseGivesItsOwnResultWithItsLineAndId() throws IOException {
        RuleSet rules = FhirCheck.shipped();
        Path in = file("responses.ndjson", casesAsNdjson());
        Run run = run("", "batch", in.toString(), "--format", "fhir");
        assertThat(run.code()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(rules.cases().size());
        for (int i = 0; i < lines.length; i++) {
            GuidanceResponse g = guidance(lines[i]);
            assertThat(sourceLine(g)).isEqualTo(i + 1);
            assertThat(g.getExtensionByUrl(Fhir.EXT_SOURCE_ID).getValue().primitiveValue()).isEqualTo("case-" + (i + 1));
            Parameters p = (Parameters) g.getContained().get(0);
            String outcome = p.getParameter("outcome").getValue().primitiveValue();
            assertThat(outcome).as(rules.cases().get(i).name())
                    .isEqualTo(Engine.evaluate(rules, rules.cases().get(i).answers()).outcome().id());
        }
        assertThat(run.err()).contains(rules.cases().size() + " rows");
    }

    @Test
    void theResultLinesValidateAgainstFhirR4() throws IOException {
        String[] input = casesAsNdjson().split("\n");
        String some = String.join("\n", input[0], input[20], input[100], "{\"resourceType\": \"Patient\"}") + "\n";
        Run run = run("", "batch", file("some.ndjson", some).toString(), "--format", "fhir");
        assertThat(run.code()).isEqualTo(6);
        for (String line : run.out().split("\n")) {
            assertThat(FhirCheck.errors(line)).as(line.substring(0, 60)).isEmpty();
        }
    }

    @Test
    void anInvalidResourceIsAnOperationOutcomeAtItsLineAndTheOthersAreStillEvaluated() throws IOException {
        String good = casesAsNdjson().split("\n")[0];
        String bad = "{\"resourceType\": \"QuestionnaireResponse\", \"id\": \"r2\", \"item\": [{\"linkId\": \"pain_level\","
                + " \"answer\": [{\"valueString\": \"4\"}]}]}";
        Path in = file("mixed.ndjson", good + "\n\n" + bad + "\n" + good + "\n");
        Run run = run("", "batch", in.toString(), "--format", "fhir");
        assertThat(run.code()).isEqualTo(6);
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        OperationOutcome oo = (OperationOutcome) FhirCheck.parse(lines[1]);
        assertThat(sourceLine(oo)).isEqualTo(3);
        assertThat(oo.getExtensionByUrl(Fhir.EXT_SOURCE_ID).getValue().primitiveValue()).isEqualTo("r2");
        assertThat(oo.getIssueFirstRep().getDiagnostics()).contains("mixed.ndjson:3:", "linkId 'pain_level'",
                "expected valueInteger", "Fix:");
        assertThat(sourceLine(guidance(lines[2]))).isEqualTo(4);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void csvAndJsonLinesResultsOfResponsesCarryEachResourcesId() throws IOException {
        String good = casesAsNdjson().split("\n")[0];
        String id = "case-1"; // casesAsNdjson gives the first response this id
        String bad = "{\"resourceType\": \"QuestionnaireResponse\", \"id\": \"r2\", \"item\": [{\"linkId\": \"pain_level\","
                + " \"answer\": [{\"valueString\": \"4\"}]}]}";
        Path in = file("mixed.ndjson", good + "\n" + bad + "\n");
        Run csv = run("", "batch", in.toString());
        assertThat(csv.code()).isEqualTo(6);
        String[] rows = csv.out().split("\n");
        assertThat(rows[0]).isEqualTo("line,client_id,outcome,referral_urgency,techniques,excluded,reasons,error,resource_id");
        assertThat(rows[1]).startsWith("1,").endsWith("," + id);
        assertThat(rows[2]).startsWith("2,").endsWith(",r2").contains("expected valueInteger");
        Run jsonl = run("", "batch", in.toString(), "--format", "jsonl");
        assertThat(jsonl.out().split("\n")).satisfiesExactly(
                first -> assertThat(first).startsWith("{\"line\":1,\"resource_id\":\"" + id + "\","),
                second -> assertThat(second).startsWith("{\"line\":2,\"resource_id\":\"r2\","));
        Run fromCsv = run("red_flags,conditions,goals\nnone,none,relaxation\n", "batch", "-");
        assertThat(fromCsv.out()).startsWith("line,client_id,outcome,referral_urgency,techniques,excluded,reasons,error\n");
    }

    @Test
    void aResponseWrittenOverManyLinesIsSaidToBeNoNdjsonAtItsFirstLine() throws IOException {
        Path in = file("pretty.ndjson", "{\n  \"resourceType\": \"QuestionnaireResponse\",\n  \"item\": []\n}\n");
        Run run = run("", "batch", in.toString(), "--input-format", "fhir-ndjson");
        assertThat(run.code()).isEqualTo(6);
        assertThat(run.out().split("\n")[1]).startsWith("1,").contains("pretty.ndjson:1: this line is '{' alone",
                "batch reads NDJSON, one whole resource on each line", "triage recommend --answers FILE");
    }

    @Test
    void theInputFormatIsToldFromTheContentAlsoOnStdin() {
        String ndjson = casesAsNdjson().split("\n")[0] + "\n";
        Run detected = run(ndjson, "batch", "-", "--format", "jsonl");
        Run told = run(ndjson, "batch", "-", "--format", "jsonl", "--input-format", "fhir-ndjson");
        assertThat(detected.code()).isZero();
        assertThat(detected.out()).startsWith("{\"line\":1,").isEqualTo(told.out());
        Run csv = run("red_flags,conditions,goals\nnone,none,relaxation\n", "batch", "-", "--format", "fhir");
        assertThat(csv.code()).isZero();
        assertThat(sourceLine(guidance(csv.out().trim()))).isEqualTo(2);
    }

    @Test
    void aLineOverOneMebibyteIsAnInvalidRowAndTheNextLineIsRead() throws IOException {
        String good = casesAsNdjson().split("\n")[0];
        String huge = "{\"resourceType\": \"QuestionnaireResponse\", \"text\": \"" + "x".repeat(3 << 20) + "\"}";
        Path in = file("huge.ndjson", good + "\n" + huge + "\n" + good + "\n");
        Run run = run("", "batch", in.toString(), "--format", "csv");
        assertThat(run.code()).isEqualTo(6);
        List<String> rows = new ArrayList<>(List.of(run.out().split("\n")));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(2)).startsWith("2,").contains("huge.ndjson:2:", "is not read");
        assertThat(rows.get(3)).startsWith("3,");
    }

    @Test
    void aResponseToAnotherVersionIsInvalidUnlessAllowedWithAWarning() throws IOException {
        String old = casesAsNdjson().split("\n")[0].replace("intake|1.1.0", "intake|1.0.0");
        Path in = file("old.ndjson", old + "\n");
        Run refused = run("", "batch", in.toString());
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.out()).contains("version 1.0.0");
        Run allowed = run("", "batch", in.toString(), "--ignore-questionnaire-version");
        assertThat(allowed.code()).isZero();
        assertThat(allowed.err()).contains("old.ndjson:1:", "warning: the response is for version 1.0.0");
    }

    @Test
    void anErrorsFileListsTheInvalidResourcesAlone() throws IOException {
        String good = casesAsNdjson().split("\n")[0];
        Path in = file("e.ndjson", good + "\r\n{\"resourceType\": \"Observation\"}\r\n");
        Path errors = dir.resolve("errors.csv");
        Run run = run("", "batch", in.toString(), "-o", dir.resolve("out.ndjson").toString(), "--format", "fhir",
                "--errors", errors.toString());
        assertThat(run.code()).isEqualTo(6);
        assertThat(Files.readString(errors)).startsWith("line,column,value,message").contains("2,,,")
                .contains("found 'Observation'");
        assertThat(Files.readAllLines(dir.resolve("out.ndjson"))).hasSize(2);
    }
}
