package org.triage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test, where the machine lets the test mount one (root, or CAP_SYS_ADMIN); elsewhere
 * {@link #why} says why not, for the test to skip with that reason.
 */
final class Tmpfs {

    final Path dir;
    /** Why no file system could be mounted; null when it was. */
    final String why;

    private Tmpfs(Path dir, String why) {
        this.dir = dir;
        this.why = why;
    }

    static Tmpfs mount(String size) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("triage-tmpfs");
        String failed = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0755", "tmpfs", dir.toString());
        if (failed != null) {
            Files.delete(dir);
            return new Tmpfs(dir, "cannot mount a tmpfs here (" + failed + "); the test needs root or CAP_SYS_ADMIN");
        }
        return new Tmpfs(dir, null);
    }

    boolean mounted() {
        return why == null;
    }

    /** Makes the mounted file system read-only (root may write anywhere a folder's permissions forbid). */
    String remountReadOnly() throws IOException, InterruptedException {
        return run("mount", "-o", "remount,ro", dir.toString());
    }

    void unmount() throws IOException, InterruptedException {
        if (mounted()) {
            String failed = run("umount", dir.toString());
            if (failed != null) {
                throw new IOException("cannot unmount " + dir + ": " + failed);
            }
            Files.delete(dir);
        }
    }

    /** Runs a command; null when it succeeds, else what it said. */
    private static String run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("triage-mount", ".txt");
        try {
            Process p;
            try {
                p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(out.toFile())
                        .redirectInput(new File("/dev/null")).start();
            } catch (IOException e) {
                return command[0] + ": " + e.getMessage();
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return command[0] + " did not finish";
            }
            return p.exitValue() == 0 ? null
                    : String.join(" ", command) + ": " + Files.readString(out, StandardCharsets.UTF_8).strip();
        } finally {
            Files.delete(out);
        }
    }
}
