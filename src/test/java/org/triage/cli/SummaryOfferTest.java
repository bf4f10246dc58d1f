package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.cli.RecommendCommandTest.Run;

/**
 * The offer, at the end of the questionnaire on a terminal, to write the client summary: what it writes is the summary
 * {@code recommend --format html} gives for the same answers; a script's input is never asked for it.
 */
class SummaryOfferTest {

    @TempDir
    Path dir;

    @Test
    void aFileNameTypedAtTheEndWritesTheSummaryOfTheResultShown() throws IOException {
        Path saved = dir.resolve("intake.yaml");
        Path summary = dir.resolve("client.html");
        Run r = RecommendCommandTest.run(AskCommandTest.SPRAIN + summary + "\n", Map.of(), true, "--accessible",
                "--save", saved.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Precautions for the clinician:").contains(SummaryOffer.PROMPT)
                .contains("The summary is in " + summary.toAbsolutePath());
        Run recommended = RecommendCommandTest.run("", Map.of(), false, "recommend", "--answers", saved.toString(),
                "--format", "html");
        assertThat(Files.readString(summary)).isEqualTo(recommended.out()).contains("Client: A-17");
    }

    @Test
    void aNameWithoutExtensionGetsHtmlAndTheClinicHeadsIt() throws IOException {
        Path clinic = dir.resolve("clinic.yaml");
        Files.writeString(clinic, "name: Harbour Street Clinic\n");
        Run r = RecommendCommandTest.run(AskCommandTest.WELLNESS + dir.resolve("client") + "\n", Map.of(), true,
                "--accessible", "--clinic", clinic.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("client.html"))).contains("Harbour Street Clinic")
                .contains("The approach: general massage");
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndTheOfferMadeAgain() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("client.html");
        Path summary = dir.resolve("client.html");
        Run r = RecommendCommandTest.run(AskCommandTest.WELLNESS + missing + "\n" + summary + "\n", Map.of(), true,
                "--accessible");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("does not exist").contains("The summary is in " + summary.toAbsolutePath());
        assertThat(r.out().split(java.util.regex.Pattern.quote(SummaryOffer.PROMPT), -1)).hasSize(3);
        assertThat(summary).exists();
    }

    @Test
    void enterDeclinesAndNothingIsWritten() throws IOException {
        Run r = RecommendCommandTest.run(AskCommandTest.WELLNESS + "\n", Map.of(), true, "--accessible");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(SummaryOffer.PROMPT).doesNotContain("The summary is in");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** A script's input holds the answers alone: the line after them is not taken as a file name. */
    @Test
    void aScriptIsNotAsked() {
        Run r = RecommendCommandTest.run(AskCommandTest.WELLNESS + dir.resolve("client.html") + "\n", Map.of(), false);
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain(SummaryOffer.PROMPT);
        assertThat(dir.resolve("client.html")).doesNotExist();
    }
}
