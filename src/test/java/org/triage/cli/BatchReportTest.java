package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triage batch --report FILE}: the run's figures for the clinic manager, made from counts while streaming. */
class BatchReportTest {

    static final String HEADER = "client_id,red_flags,conditions,goals,pain_level,needles_ok\n";

    @TempDir
    Path dir;

    /**
     * A night of 20,000 intakes, read in several chunks on four threads: 5,000 each of massage and of STM with dry
     * needling ruled out, 2,000 emergencies (saddle numbness), 1,000 routine referrals (night pain), and a pain level
     * of 12 on every 1,000th line from line 1,000 on (1,000 and 1,000 more: some rows of every kind).
     */
    static String night() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            int line = i + 2;
            String pain = line % 1000 == 0 ? "12" : "3";
            String row = switch (i % 20) {
                case 0, 1 -> "SECRET-" + i + ",saddle_numbness,none,relaxation," + pain + ",yes";
                case 2 -> "SECRET-" + i + ",night_pain,none,relaxation," + pain + ",yes";
                case 3, 4, 5, 6, 7, 8, 9, 10 -> "SECRET-" + i + ",none,none,relaxation," + pain + ",yes";
                default -> "SECRET-" + i + ",none,none,injury_recovery;mobility," + pain + ",unsure";
            };
            csv.append(row).append('\n');
        }
        return csv.toString();
    }

    @Test
    void theReportGivesTheNightsFiguresAsTheResultsHaveThem() throws IOException {
        Path in = Files.writeString(dir.resolve("night.csv"), night(), StandardCharsets.UTF_8);
        Path report = dir.resolve("report.html");
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("results.csv").toString(), "--threads", "4",
                "--report", report.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.ROWS_INVALID.code());
        String page = Files.readString(report);
        long invalid = 20;
        assertThat(run.err()).contains("invalid rows: " + invalid);
        assertThat(row(page, "massage")).isEqualTo(count(run.err(), "massage"));
        assertThat(row(page, "stm")).isEqualTo(count(run.err(), "stm"));
        assertThat(row(page, "emergency")).isEqualTo(count(run.err(), "emergency"));
        assertThat(row(page, "routine")).isEqualTo(count(run.err(), "routine"));
        assertThat(row(page, "redflag.saddle_numbness")).isEqualTo(count(run.err(), "emergency"));
        assertThat(row(page, "Dry needling")).isEqualTo(count(run.err(), "stm"));
        assertThat(row(page, "contra.needles_unsure")).isEqualTo(count(run.err(), "stm"));
        assertThat(page).contains("<tr><th scope=\"row\">pain_level</th><td>" + invalid
                + "</td><td class=\"lines\">1000, 2000, 3000, 4000, 5000, ...</td></tr>");
        assertThat(page).contains("<div class=\"tile\"><span class=\"figure\">20,000</span>\n<span class=\"what\">rows</span>");
    }

    @Test
    void theReportIsSelfContainedAndHoldsNoClientIdsOrAnswers() throws IOException {
        Path in = Files.writeString(dir.resolve("night.csv"), night(), StandardCharsets.UTF_8);
        Path report = dir.resolve("report.html");
        Run.of("batch", in.toString(), "-o", dir.resolve("results.csv").toString(), "--report", report.toString());
        String page = Files.readString(report);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg class=\"bars\" role=\"img\"")
                .doesNotContain("SECRET-").doesNotContain("http").doesNotContain("src=")
                .doesNotContainIgnoringCase("<script").doesNotContain("url(").doesNotContain("<link");
    }

    @Test
    void aReportThatCannotBeWrittenStopsTheRunBeforeAnyRow() throws IOException {
        Path in = Files.writeString(dir.resolve("night.csv"), HEADER + "A,none,none,relaxation,3,yes\n");
        Path results = dir.resolve("results.csv");
        Run run = Run.of("batch", in.toString(), "-o", results.toString(), "--report",
                dir.resolve("missing").resolve("report.html").toString());
        assertThat(run.code()).isEqualTo(ExitCode.UNREADABLE.code());
        assertThat(run.err()).contains("does not exist").contains("fix: choose a file in a folder that exists");
        assertThat(results).doesNotExist();
        Run over = Run.of("batch", in.toString(), "-o", results.toString(), "--report", in.toString());
        assertThat(over.code()).isEqualTo(ExitCode.USAGE.code());
        assertThat(over.err()).contains("--report " + in + ": error: --report names " + in + ", which this run reads or writes");
        assertThat(Files.readString(in)).startsWith(HEADER);
        assertThat(Run.of("batch", in.toString(), "-o", results.toString(), "--report", results.toString()).code())
                .isEqualTo(ExitCode.USAGE.code());
        assertThat(results).doesNotExist();
    }

    /** The count of a table row of the report, by its label, as the summary on stderr writes numbers. */
    private static long row(String page, String label) {
        Matcher m = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(label)
                + "(?:<span class=\"detail\">[^<]*</span>)?</th><td>([\\d,]+)").matcher(page);
        assertThat(m.find()).as("a row for " + label).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static long count(String summary, String label) {
        Matcher m = Pattern.compile("\\b" + label + " (\\d+)").matcher(summary);
        assertThat(m.find()).as(label + " in " + summary).isTrue();
        return Long.parseLong(m.group(1));
    }
}
