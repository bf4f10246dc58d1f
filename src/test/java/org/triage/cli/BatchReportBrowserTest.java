package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch report as the clinic manager sees it: rendered by headless Chromium, its charts drawn and its figures legible. */
class BatchReportBrowserTest {

    @TempDir
    Path dir;

    @Test
    void theChartsAreDrawnAndTheFiguresPrinted() throws Exception {
        Chromium chromium = new Chromium(dir);
        Path in = Files.writeString(dir.resolve("night.csv"), BatchReportTest.night(), StandardCharsets.UTF_8);
        Path report = dir.resolve("report.html");
        Run run = Run.of("batch", in.toString(), "-o", dir.resolve("results.csv").toString(), "--report", report.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.ROWS_INVALID.code());

        String text = chromium.print(report).text().replaceAll("\\s+", " ");
        assertThat(text).contains("Batch report:").contains("Outcomes").contains("Referrals by urgency")
                .contains("Referrals by the red flag behind them").contains("Techniques ruled out")
                .contains("Why techniques were ruled out").contains("Invalid rows by column")
                .contains("redflag.saddle_numbness").contains("2,000 (66.7%)").contains("1000, 2000, 3000, 4000, 5000");

        BufferedImage shot = ImageIO.read(chromium.screenshot(report, 1280, 1800).toFile());
        assertThat(pixels(shot, 0x2e8b7a)).as("the massage bar").isGreaterThan(100);
        assertThat(pixels(shot, 0x8e1b14)).as("the emergency bars").isGreaterThan(100);
        assertThat(pixels(shot, 0x6b4fa0)).as("the exclusion bars").isGreaterThan(100);
        assertThat(pixels(shot, 0xa15c00)).as("the invalid-rows bar").isGreaterThan(100);
    }

    /** How many pixels have (about) the colour {@code rgb}: a bar of the chart's tone was drawn. */
    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (close(p >> 16, rgb >> 16) && close(p >> 8, rgb >> 8) && close(p, rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xff) - (b & 0xff)) <= 6;
    }
}
