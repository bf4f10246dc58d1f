package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code triage recommend --format html}: the client summary to hand over, and the clinic that heads it. */
class HtmlSummaryTest {

    private static final String[] STM = {"-a", "red_flags=none", "-a", "conditions=anticoagulants", "-a",
            "goals=injury_recovery;mobility", "-a", "pain_level=4", "-a", "injury_type=sprain_strain", "-a",
            "injury_days_ago=10", "-a", "injury_region=knee", "-a", "needles_ok=unsure"};

    @TempDir
    Path dir;

    static Stream<org.junit.jupiter.params.provider.Arguments> everyOutcome() {
        return Stream.<Object>of(new String[] {"-a", "red_flags=none", "-a", "conditions=none", "-a", "goals=relaxation"}, STM,
                new String[] {"-a", "red_flags=chest_pain;night_pain", "-a", "conditions=none", "-a", "goals=relaxation"},
                new String[] {"-a", "red_flags=fever", "-a", "goals=relaxation"},
                new String[] {"-a", "red_flags=none", "-a", "conditions=none"})
                .map(org.junit.jupiter.params.provider.Arguments::of);
    }

    /** The page opens the same with no network: no script, no image or style fetched from anywhere, no link out. */
    @ParameterizedTest
    @MethodSource("everyOutcome")
    void theSummaryIsSelfContained(String[] answers) {
        Run r = recommend(answers, "--format", "html");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<style>").contains("This is not a diagnosis")
                .contains("Rule set 1.1.0").doesNotContain("http").doesNotContain("src=").doesNotContainIgnoringCase("<script")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("<link").endsWith("</html>\n");
    }

    @Test
    void everyValueIsEscaped() throws IOException {
        Files.writeString(dir.resolve("clinic.yaml"), "name: A&B <Clinic>\nphone: \"<script>x</script>\"\n");
        Run r = recommend(STM, "-a", "client_id=<img src=x onerror=alert(1)>", "--format", "html", "--clinic",
                dir.resolve("clinic.yaml").toString());
        assertThat(r.out()).contains("A&amp;B &lt;Clinic&gt;").contains("&lt;script&gt;x&lt;/script&gt;")
                .contains("Client: &lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img").doesNotContain("<script");
    }

    @Test
    void aReferralComesFirstInItsBoxAndRulesOutEveryTechnique() {
        String page = recommend(new String[] {"-a", "red_flags=saddle_numbness", "-a", "conditions=none", "-a",
                "goals=relaxation"}, "--format", "html").out();
        assertThat(page.indexOf("<section class=\"referral emergency\">")).isPositive()
                .isLessThan(page.indexOf("What happens now"));
        assertThat(page).contains("See a physician first (EMERGENCY)").contains("Call emergency services now")
                .contains("Every technique is ruled out until then: Effleurage").doesNotContain("The approach:");
    }

    @Test
    void withOutputTheSummaryGoesToTheFileAlone() throws IOException {
        Path target = dir.resolve("summary.html");
        Run r = recommend(STM, "--format", "html", "-o", target.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(target)).contains("The approach: clinical soft tissue mobilization (STM)")
                .contains("Ruled out, and why").contains("Dry needling");
    }

    /** clinic.yaml beside the rules heads the summary; it is not a rule file and leaves the rule set's hash alone. */
    @Test
    void clinicYamlBesideTheRulesIsReadAndIsNotClinicalContent() throws IOException {
        Path rules = copyOfShippedRules();
        String before = recommend(STM, "--rules", rules.toString(), "--format", "json").out();
        Files.writeString(rules.resolve("clinic.yaml"), "name: Harbour Street Clinic\npaper: letter\n");
        String page = recommend(STM, "--rules", rules.toString(), "--format", "html").out();
        assertThat(page).contains("<p class=\"clinic\">Harbour Street Clinic</p>").contains("@page { size: letter;");
        assertThat(recommend(STM, "--rules", rules.toString(), "--format", "json").out()).isEqualTo(before);
    }

    @Test
    void aMistypedClinicKeyIsLocatedWithDidYouMean() throws IOException {
        Path clinic = dir.resolve("clinic.yaml");
        Files.writeString(clinic, "name: Harbour Street Clinic\nphon: 0117 496 0321\npaper: a5\n");
        Run r = recommend(STM, "--format", "html", "--clinic", clinic.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(clinic + ":2:1: error: unknown key 'phon' in the clinic. Did you mean 'phone'?")
                .contains(clinic + ":3:8: error: unknown paper size 'a5'").doesNotContain("Exception");
    }

    @Test
    void aClinicWithoutANameSaysWhatToAdd() throws IOException {
        Path clinic = dir.resolve("clinic.yaml");
        Files.writeString(clinic, "phone: 0117 496 0321\n");
        Run r = recommend(STM, "--format", "html", "--clinic", clinic.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(r.err()).contains(clinic + ":1:1: error: the clinic has no 'name'").contains("add 'name:'");
    }

    /** The clinic.yaml examples of the README and docs/rules.md load, and head the summary. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"README.md", "docs/rules.md"})
    void theClinicExampleOfTheDocsLoads(String doc) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)```\n((?:# clinic.yaml\n)?name: .*?)```")
                .matcher(Files.readString(Path.of(doc)));
        assertThat(m.find()).as("a clinic.yaml example in " + doc).isTrue();
        Path clinic = Files.writeString(dir.resolve("clinic.yaml"), m.group(1));
        Run r = recommend(STM, "--format", "html", "--clinic", clinic.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("<p class=\"clinic\">Harbour Street Physiotherapy &amp; Massage</p>")
                .contains("0117 496 0321");
    }

    private Path copyOfShippedRules() throws IOException {
        Path rules = dir.resolve("rules");
        Path shipped = Path.of("rules");
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path f : files.toList()) {
                Path to = rules.resolve(shipped.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return rules;
    }

    private static Run recommend(String[] answers, String... more) {
        String[] args = Stream.concat(Stream.concat(Stream.of("recommend"), Stream.of(answers)), Stream.of(more))
                .toArray(String[]::new);
        return Run.of(args);
    }
}
