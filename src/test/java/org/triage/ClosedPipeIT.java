package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output piped to a reader that goes away early ({@code | head -1}): the built jar stops at once and quietly,
 * with the code of a program SIGPIPE ended (141 = 128 + 13, as {@code set -o pipefail} reports it), and nothing on
 * standard error: no stack trace, no "Broken pipe", no summary of rows nobody read. Runs after the package phase.
 */
class ClosedPipeIT {

    @TempDir
    static Path dir;

    @BeforeAll
    static void bigInput() throws Exception {
        assertThat(TriageJar.start(dir, dir.resolve("big.csv"), dir.resolve("template.err"),
                "template", "--sample", "200000", "--seed", "9").waitFor()).isZero();
    }

    @Test
    void aBatchWhoseReaderStopsAfterOneLineEndsQuietlyWithTheSigpipeCode() throws Exception {
        TriageJar.Result r = TriageJar.shell(dir, "set -o pipefail; $TRIAGE batch big.csv | head -1");

        assertThat(r.code()).as(r.err()).isEqualTo(141);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("line,client_id,outcome,referral_urgency,techniques,excluded,reasons,error\n");
    }

    @Test
    void jsonLinesAndFhirResultsToAClosedPipeEndTheSameWay() throws Exception {
        for (String format : new String[] {"jsonl", "fhir"}) {
            TriageJar.Result r = TriageJar.shell(dir, "set -o pipefail; $TRIAGE batch big.csv --format " + format
                    + " | head -c 100 > /dev/null");

            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(141);
            assertThat(r.err()).as(format).isEmpty();
        }
    }

    @Test
    void sampleIntakesToAClosedPipeStopAtOnce() throws Exception {
        long start = System.nanoTime();
        TriageJar.Result r = TriageJar.shell(dir, "set -o pipefail; $TRIAGE template --sample 100000000 | head -1");

        assertThat(r.code()).as(r.err()).isEqualTo(141);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("client_id,");
        // a hundred million rows take many minutes to make: finishing within the shell's two minutes shows it stopped
        assertThat(System.nanoTime() - start).isLessThan(120_000_000_000L);
    }

    /** A result smaller than the pipe's buffer may be written whole before the reader goes: 0 then, or 141, quietly. */
    @Test
    void aRecommendationOrAQuestionnaireReadInPartEndsQuietly() throws Exception {
        TriageJar.Result rec = TriageJar.shell(dir, "set -o pipefail; $TRIAGE recommend -a red_flags=none"
                + " -a conditions=none -a goals=relaxation | head -c 10");
        TriageJar.Result fhir = TriageJar.shell(dir, "set -o pipefail; $TRIAGE questionnaire --fhir | head -1");

        assertThat(rec.code()).as(rec.err()).isIn(0, 141);
        assertThat(rec.err()).isEmpty();
        assertThat(rec.out()).hasSize(10);
        assertThat(fhir.code()).as(fhir.err()).isIn(0, 141);
        assertThat(fhir.err()).isEmpty();
        assertThat(fhir.out()).startsWith("{");
    }
}
