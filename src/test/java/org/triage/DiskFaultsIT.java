package org.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a batch: the built jar ends with exit code 5 naming the file and the full disk, the
 * file that was there is unchanged and nothing else is left. The disk is a tmpfs of 2 MB, mounted where the machine
 * allows it (root); elsewhere that test is skipped with the reason. Runs after the package phase (failsafe).
 */
class DiskFaultsIT {

    @TempDir
    static Path dir;

    private static Tmpfs disk;

    @BeforeAll
    static void setUp() throws Exception {
        assertThat(TriageJar.start(dir, dir.resolve("in.csv"), dir.resolve("template.err"),
                "template", "--sample", "20000", "--seed", "11").waitFor()).isZero();
        disk = Tmpfs.mount("2m");
        if (!disk.mounted()) {
            System.err.println("DiskFaultsIT: " + disk.why);
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        disk.unmount();
    }

    @Test
    void aBatchThatFillsTheDiskEndsWithExitCodeFiveAndLeavesTheOldOutputAsItWas() throws Exception {
        assumeTrue(disk.mounted(), disk.why);
        Path out = disk.dir.resolve("out.csv");
        Files.writeString(out, "line,client_id,outcome\n2,OLD,massage\n");
        byte[] old = Files.readAllBytes(out);

        TriageJar.Result r = TriageJar.run(dir, dir, "batch", dir.resolve("in.csv").toString(), "-o", out.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(5);
        assertThat(r.err()).contains(out + ": error: cannot write the output: the disk is full (No space left on device)")
                .contains("fix: free some space on that disk").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("rows in");
        assertThat(Files.readAllBytes(out)).as("the old output").isEqualTo(old);
        assertThat(TriageJar.names(disk.dir)).as("no part file left").containsExactly("out.csv");
    }

    @Test
    void theErrorsFileOnAFullDiskIsNamedAndNeitherOutputIsChanged() throws Exception {
        assumeTrue(disk.mounted(), disk.why);
        Path filler = disk.dir.resolve("filler");
        Files.write(filler, new byte[2 * 1024 * 1024 - 8192]); // the disk is full but for a page or two
        try {
            Path in = Files.writeString(dir.resolve("invalid.csv"), "client_id,red_flags,conditions,goals\n"
                    + ("A,none,none,flying\n").repeat(2000));
            Path out = dir.resolve("results.csv");
            Path errors = disk.dir.resolve("errors.csv");

            TriageJar.Result r = TriageJar.run(dir, dir, "batch", in.toString(), "-o", out.toString(),
                    "--errors", errors.toString());

            assertThat(r.code()).as(r.err()).isEqualTo(5);
            assertThat(r.err()).contains(errors + ": error: cannot write the output: the disk is full")
                    .doesNotContain("Exception");
            assertThat(out).as("the results are not moved into place either").doesNotExist();
            assertThat(TriageJar.names(dir)).noneMatch(n -> n.endsWith(".part"));
            assertThat(TriageJar.names(disk.dir)).containsExactly("filler");
        } finally {
            Files.delete(filler);
        }
    }

    @Test
    void resultsToAFullStandardOutputEndWithExitCodeFiveAndSaySo() throws Exception {
        Process p = new ProcessBuilder(TriageJar.command("batch", dir.resolve("in.csv").toString()))
                .directory(dir.toFile()).redirectInput(new File("/dev/null")).redirectOutput(new File("/dev/full"))
                .redirectError(dir.resolve("full.err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("full.err"));

        assertThat(p.exitValue()).as(err).isEqualTo(5);
        assertThat(err).contains("<stdout>: error: cannot write the results to standard output")
                .contains("fix: check that the disk is not full").doesNotContain("Exception").doesNotContain("rows in");
    }
}
