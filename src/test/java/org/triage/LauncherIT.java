package org.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./triage launcher as a person uses it, on the jar the build just made: results on stdout, messages on
 * stderr, the exit codes of the program, from any folder. Runs after the package phase (failsafe).
 */
class LauncherIT {

    @TempDir
    static Path project;

    @TempDir
    Path elsewhere;

    record Run(int code, String out, String err) {
    }

    /** A copy of the launcher beside the built jar, as in a checkout whose build is up to date. */
    @BeforeAll
    static void installLauncher() throws IOException {
        Files.createDirectories(project.resolve("target"));
        Files.copy(Path.of("target/triage.jar"), project.resolve("target/triage.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path launcher = Files.copy(Path.of("triage"), project.resolve("triage"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
    }

    private Run triage(String... args) throws IOException, InterruptedException {
        return triage(java.util.Map.of(), args);
    }

    private Run triage(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(project.resolve("triage").toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.directory(elsewhere.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aResultGoesToStdoutFromAnyFolder() throws Exception {
        Run run = triage("recommend", "-a", "red_flags=chest_pain", "-a", "conditions=none", "-a", "goals=relaxation");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("SEE A PHYSICIAN FIRST (EMERGENCY)");
    }

    @Test
    void anErrorGoesToStderrWithItsExitCode() throws Exception {
        Run run = triage("recommend", "-a", "pain_levl=4");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown field 'pain_levl'. Did you mean 'pain_level'?").doesNotContain("\tat ");
    }

    @Test
    void theBatchSummaryReachesStderr() throws Exception {
        Path in = Files.writeString(elsewhere.resolve("in.csv"), "red_flags,conditions,goals\nnone,none,relaxation\n");
        Run run = triage("batch", in.toString(), "-o", elsewhere.resolve("results.csv").toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("triage batch: 1 row in");
        assertThat(Files.readString(elsewhere.resolve("results.csv"))).contains("massage");
    }

    /** The JVM's own report of its settings (-XshowSettings:vm) shows the heap the launcher gave batch. */
    @Test
    void batchGetsAHeapThatFitsAStreamingRunAndTriageJavaOptsOverridesIt() throws Exception {
        Path in = Files.writeString(elsewhere.resolve("in.csv"), "red_flags,conditions,goals\nnone,none,relaxation\n");
        Run byDefault = triage(java.util.Map.of("TRIAGE_JAVA_OPTS", "-XshowSettings:vm"), "batch", in.toString());
        Run overridden = triage(java.util.Map.of("TRIAGE_JAVA_OPTS", "-Xmx300m -XshowSettings:vm"), "batch", in.toString());
        assertThat(byDefault.code()).isZero();
        assertThat(byDefault.err()).contains("Max. Heap Size: 160.00M");
        assertThat(overridden.err()).contains("Max. Heap Size: 300.00M");
        assertThat(overridden.out()).contains("massage");
    }

    @Test
    void theFasterStartIsPreparedOnceNotOnEveryLaunch() throws Exception {
        triage("--version");
        Run again = triage("--version");
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("triage ");
        assertThat(again.err()).doesNotContain("preparing");
    }
}
