package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinician deletes the needle-refusal exclusion from a copy of the rules and runs the built jar's
 * {@code rules check}: it names the broken policy and its sentence, writes an answers file, and
 * {@code recommend --answers FILE --explain} on that file gives dry needling to a client who said no.
 */
class RulesProveIT {

    @TempDir
    Path temp;

    private String triage(int expectedCode, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", Path.of("target/triage.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Process p = new ProcessBuilder(command).directory(temp.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit code of %s", String.join(" ", args)).isEqualTo(expectedCode);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void aDeletedExclusionShowsThePolicyItBrokeWithAnAnswersFileThatShowsIt() throws Exception {
        Path rules = temp.resolve("x");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path contra = rules.resolve("contraindications.yaml");
        String text = Files.readString(contra);
        int start = text.indexOf("  - id: contra.needles_refused\n");
        Files.writeString(contra, text.substring(0, start) + text.substring(text.indexOf("  - id: contra.needles_not_asked")));
        Path dir = temp.resolve("counterexamples");

        String check = triage(10, "rules", "check", "--rules", rules.toString(), "--counterexample-dir", dir.toString());

        assertThat(check).contains("policy 'policy.needles_refused' does not hold",
                "A client who refuses needles is never offered dry needling.");
        Path answers = dir.resolve("policy.needles_refused.yaml");
        assertThat(check).contains("see it:  triage recommend --answers " + answers + " --explain --rules " + rules);
        String shown = triage(0, "recommend", "--answers", answers.toString(), "--explain", "--rules", rules.toString());
        assertThat(shown.substring(0, shown.indexOf("Rules that fired"))).contains("Techniques that fit:", "  * Dry needling")
                .doesNotContain("Ruled out:");
        assertThat(Files.readString(answers)).contains("needles_ok: \"no\"");
    }
}
