package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client summary as it prints: headless Chromium prints each to PDF on the clinic's paper, and the PDF has one
 * page of that size with the summary's words on it; the longest summaries the rules give still fit.
 */
class SummaryBrowserTest {

    /** As many reasons as the rules give an STM outcome: every goal, contraindications on the legs, an operation. */
    private static final String[] LONGEST_STM = {"-a", "client_id=W-1", "-a", "red_flags=none", "-a",
            "conditions=anticoagulants;varicose_veins;diabetes_neuropathy;implanted_device;metal_allergy;lymphedema;"
                    + "epilepsy;instrument_intolerance",
            "-a", "goals=injury_recovery;mobility;pain_relief;performance;scar_tissue", "-a", "age=50", "-a",
            "pain_level=6", "-a", "pain_regions=knee;calf;lower_back;neck", "-a", "symptom_weeks=20", "-a",
            "symptoms=tightness;stiffness;limited_range;trigger_points;numbness_tingling", "-a", "function_score=4",
            "-a", "injury_type=surgery", "-a", "injury_days_ago=20", "-a", "injury_region=knee", "-a", "scar_tissue=yes",
            "-a", "prior_massage=no_lasting_relief", "-a", "activity=athlete", "-a", "needles_ok=unsure", "-a",
            "consent=self"};
    /** Every red flag at once: an emergency with every less urgent referral reason beside it. */
    private static final String[] EVERY_RED_FLAG = {"-a", "red_flags=saddle_numbness;bladder_bowel_change;"
            + "both_legs_symptoms;progressive_weakness;chest_pain;breathlessness;neck_artery_signs;major_trauma;"
            + "pulsating_abdominal_mass;calf_swelling;cannot_bear_weight;fever;unexplained_weight_loss;night_pain",
            "-a", "conditions=none", "-a", "goals=relaxation"};
    private static final String[] WELLNESS = {"-a", "red_flags=none", "-a", "conditions=none", "-a",
            "goals=relaxation;stress_relief", "-a", "pain_level=1"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"longest-stm, a4, 595, 842", "longest-stm, letter, 612, 792", "every-red-flag, a4, 595, 842",
            "every-red-flag, letter, 612, 792", "wellness, letter, 612, 792"})
    void theSummaryPrintsOnOnePageOfTheClinicsPaper(String intake, String paper, double width, double height)
            throws Exception {
        Chromium chromium = new Chromium(dir);
        Path page = summary(intake, paper);
        Chromium.Printed printed = chromium.print(page);
        assertThat(printed.pages()).as("printed pages").isEqualTo(1);
        assertThat(printed.width()).isCloseTo(width, org.assertj.core.data.Offset.offset(1.0));
        assertThat(printed.height()).isCloseTo(height, org.assertj.core.data.Offset.offset(1.0));
        String text = printed.text().replaceAll("\\s+", " ");
        assertThat(text).contains("Harbour Street Clinic").contains("Your triage summary")
                .contains("This is not a diagnosis").contains("Rule set 1.1.0");
        switch (intake) {
            case "longest-stm" -> assertThat(text).contains("The approach: clinical soft tissue mobilization (STM)")
                    .contains("Ruled out, and why").contains("Dry needling").contains("You are not sure about needles")
                    .contains("What your clinician will take care with");
            case "every-red-flag" -> assertThat(text).contains("See a physician first (EMERGENCY)")
                    .contains("Call emergency services now").contains("[routine]").contains("Corrective exercise.");
            default -> assertThat(text).contains("The approach: general massage").contains("Effleurage");
        }
    }

    /** On screen the referral is the first thing seen: a red box at the top of the page. */
    @Test
    void aReferralIsARedBoxAtTheTop() throws Exception {
        Chromium chromium = new Chromium(dir);
        BufferedImage shot = ImageIO.read(chromium.screenshot(summary("every-red-flag", "a4"), 900, 1200).toFile());
        assertThat(shot.getWidth()).isEqualTo(900);
        int firstRed = -1;
        for (int y = 0; y < shot.getHeight() && firstRed < 0; y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int rgb = shot.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r > 150 && g < 70 && b < 70) {
                    firstRed = y;
                    break;
                }
            }
        }
        assertThat(firstRed).as("the first row with the referral box's red").isBetween(100, 300);
    }

    private Path summary(String intake, String paper) throws IOException {
        Path clinic = dir.resolve("clinic-" + paper + ".yaml");
        Files.writeString(clinic, "name: Harbour Street Clinic\naddress: 12 Harbour Street, Bristol\nphone: 0117 496 0321\n"
                + "paper: " + paper + "\n");
        Path page = dir.resolve(intake + "-" + paper + ".html");
        String[] answers = switch (intake) {
            case "longest-stm" -> LONGEST_STM;
            case "every-red-flag" -> EVERY_RED_FLAG;
            default -> WELLNESS;
        };
        String[] args = Stream.concat(Stream.concat(Stream.of("recommend"), Stream.of(answers)),
                Stream.of("--format", "html", "--clinic", clinic.toString(), "-o", page.toString())).toArray(String[]::new);
        Run r = Run.of(args);
        assertThat(r.code()).as(r.err()).isZero();
        return page;
    }
}
