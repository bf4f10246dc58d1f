package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage rules prove} and the proof in {@code rules check}, as a clinician uses them on a copy of the shipped
 * rules in a real folder: a deleted exclusion shows the policy it broke, what it says, and an answers file that
 * {@code recommend --explain} shows breaking it.
 */
class RulesProveCommandTest {

    @TempDir
    Path temp;

    private static RecommendCommandTest.Run triage(String... args) {
        return RecommendCommandTest.run("", Map.of(), false, args);
    }

    /** A copy of the shipped rules with the rule {@code id} (its whole list item) deleted from {@code file}. */
    private Path shippedWithout(String file, String id) throws IOException {
        Path copy = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path rules = copy.resolve(file);
        String text = Files.readString(rules, StandardCharsets.UTF_8);
        int start = text.indexOf("  - id: " + id + "\n");
        int end = text.indexOf("\n  - id: ", start + 1);
        assertThat(start).as(id + " in " + file).isNotNegative();
        Files.writeString(rules, text.substring(0, start) + text.substring(end + 1), StandardCharsets.UTF_8);
        return copy;
    }

    @Test
    void theShippedRulesProveEveryPolicy() {
        RecommendCommandTest.Run run = triage("rules", "prove");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).contains("proven  policy.needles_refused: A client who refuses needles is never offered dry needling.")
                .endsWith("policies: 32 of 32 proven\n");
    }

    @Test
    void deletingTheNeedleRefusalShowsThePolicyItBrokeAndAnAnswersFileThatShowsIt() throws IOException {
        Path rules = shippedWithout("contraindications.yaml", "contra.needles_refused");

        RecommendCommandTest.Run check = triage("rules", "check", "--rules", rules.toString());

        assertThat(check.code()).isEqualTo(ExitCode.POLICY_FAILED.code());
        assertThat(check.out()).contains(rules.resolve("policies.yaml") + ":", "policy 'policy.needles_refused' does not hold",
                "says:    A client who refuses needles is never offered dry needling.", "breaks:  dry_needling is given",
                "policies: 31 of 32 proven, 1 does not hold");
        Path answers = temp.resolve("it.yaml");
        Files.writeString(answers, answersBlock(check.out()), StandardCharsets.UTF_8);
        RecommendCommandTest.Run shown = triage("recommend", "--answers", answers.toString(), "--explain", "--rules",
                rules.toString());
        assertThat(shown.code()).isEqualTo(0);
        String given = shown.out().substring(shown.out().indexOf("Techniques that fit:"),
                shown.out().indexOf("Rules that fired"));
        assertThat(given).contains("Dry needling");
        assertThat(Files.readString(answers)).contains("needles_ok: \"no\"");
        String shipped = triage("recommend", "--answers", answers.toString()).out();
        assertThat(shipped.substring(shipped.indexOf("Ruled out:"))).as("the shipped rules keep it")
                .contains("  * Dry needling", "You told us you do not want needles");
    }

    @Test
    void aCounterexampleFolderGetsOneAnswersFilePerBrokenPolicy() throws IOException {
        Path rules = shippedWithout("contraindications.yaml", "contra.needles_refused");
        Path dir = temp.resolve("counterexamples/new");

        RecommendCommandTest.Run run = triage("rules", "prove", "--rules", rules.toString(), "--counterexample-dir",
                dir.toString());

        assertThat(run.code()).isEqualTo(10);
        Path file = dir.resolve("policy.needles_refused.yaml");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Files.readString(file)).isEqualTo(answersBlock(run.out()));
        assertThat(run.out()).contains("answers that break it (" + file + "):",
                "see it:  triage recommend --answers " + file + " --explain --rules " + rules);
    }

    @Test
    void jsonGivesEachPolicysStatusAndTheCounterexample() throws IOException {
        Path rules = shippedWithout("consent.yaml", "consent.none");

        RecommendCommandTest.Run run = triage("rules", "prove", "--rules", rules.toString(), "--format", "json");

        assertThat(run.code()).isEqualTo(10);
        assertThat(run.out()).contains("\"id\": \"policy.consent_none_no_technique\"", "\"status\": \"broken\"",
                "\"status\": \"proven\"", "\"consent\": \"none\"", "\"failed\": 1", "\"variables\": ", "\"constraints\": ");
    }

    @Test
    void aMistakeInThePoliciesStopsTheProofWithEveryProblem() throws IOException {
        Path rules = shippedWithout("consent.yaml", "consent.minor");
        Path policies = rules.resolve("policies.yaml");
        Files.writeString(policies, Files.readString(policies).replace("never_recommends: [dry_needling]\n",
                "never_recommends: [dry_neddling]\n").replace("{field: consent, equals: none}", "{field: consnt, equals: none}"));

        RecommendCommandTest.Run run = triage("rules", "prove", "--rules", rules.toString());

        assertThat(run.code()).isEqualTo(ExitCode.INVALID_RULES.code());
        assertThat(run.err()).contains("unknown technique 'dry_neddling'. Did you mean 'dry_needling'?",
                "unknown field 'consnt'. Did you mean 'consent'?").contains(policies + ":");
        assertThat(run.out()).isEmpty();
    }

    /** The answers file printed under "answers that break it", without its indent. */
    private static String answersBlock(String out) {
        List<String> lines = out.lines().toList();
        int from = 0;
        while (!lines.get(from).startsWith("  answers that break it")) {
            from++;
        }
        return lines.stream().skip(from + 1).takeWhile(l -> l.startsWith("    ")).map(l -> l.substring(4) + "\n")
                .collect(Collectors.joining());
    }
}
