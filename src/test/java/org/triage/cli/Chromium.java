package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page rendered the way a person prints or views it: Debian's headless Chromium, to PDF and PNG, and the PDF read
 * back with poppler's pdfinfo and pdftotext. Missing tools fail the test with how to install them, never skip it.
 */
final class Chromium {

    private static final long TIMEOUT_SECONDS = 120;
    private static final String INSTALL = "apt-get install -y chromium poppler-utils (.ci/run installs them)";

    private final Path work;

    Chromium(Path work) {
        this.work = work;
        for (String tool : List.of("chromium", "pdfinfo", "pdftotext")) {
            if (!onPath(tool)) {
                fail("the browser tests need " + tool + ": " + INSTALL);
            }
        }
    }

    /** The printed page count and size in points, and the text, of {@code page} printed to PDF. */
    record Printed(int pages, double width, double height, String text) {
    }

    Printed print(Path page) throws IOException, InterruptedException {
        Path pdf = work.resolve(page.getFileName() + ".pdf");
        run("chromium", "--print-to-pdf=" + pdf, "--no-pdf-header-footer", page.toUri().toString());
        String info = run("pdfinfo", pdf.toString());
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        Matcher size = Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+) pts").matcher(info);
        assertThat(pages.find() && size.find()).as("pdfinfo of " + pdf + ":\n" + info).isTrue();
        String text = run("pdftotext", "-layout", pdf.toString(), "-");
        return new Printed(Integer.parseInt(pages.group(1)), Double.parseDouble(size.group(1)),
                Double.parseDouble(size.group(2)), text);
    }

    /** A screenshot of {@code page} in a window {@code width} by {@code height} pixels. */
    Path screenshot(Path page, int width, int height) throws IOException, InterruptedException {
        Path png = work.resolve(page.getFileName() + ".png");
        run("chromium", "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars",
                page.toUri().toString());
        assertThat(png).exists();
        return png;
    }

    private String run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool));
        if (tool.equals("chromium")) {
            // no sandbox: tests run as root in CI; a profile of its own, so that runs in parallel do not share one
            command.addAll(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-extensions", "--user-data-dir=" + work.resolve("profile")));
        }
        command.addAll(List.of(args));
        Path log = work.resolve(tool + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(tool + " did not finish in " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
