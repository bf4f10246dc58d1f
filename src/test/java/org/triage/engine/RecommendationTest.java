package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triage.engine.Intake.baseline;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * What the shipped rule set recommends, one clinical statement per test. The expectations come
 * from the clinical brief (sections 1, 3, 4 and table 8a), not from the rules: a failure here
 * means the engine or the rules disagree with the brief.
 *
 * <p>Every test starts from {@link Intake#baseline()} (an adult who consents, no red flags or
 * conditions, relaxation, mild pain, no injury), changes what the statement is about, and checks
 * the result. Precautions are checked as "this answer adds one" against the same intake without
 * it, so the tests do not depend on the wording of notes.
 */
class RecommendationTest {

    private static final String[] HANDS_ON_STM = {"iastm", "active_release", "dry_needling"};

    /** Clinical STM where every STM technique is indicated: mobility goal, trigger points, tightness, limited range. */
    private static Intake handsOnStm() {
        return baseline().with("goals", "mobility").with("pain_level", 5).with("pain_regions", "shoulder")
                .with("symptoms", "tightness", "limited_range", "trigger_points");
    }

    /** General massage where every massage technique is indicated. */
    private static Intake fullMassage() {
        return baseline().with("goals", "relaxation", "muscle_tension");
    }

    // ---------------- The two starting points ----------------

    @Test
    void aClientWithNoContraindicationGetsEveryIndicatedStmTechnique() {
        Recommendation result = handsOnStm().recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.STM);
        assertThat(techniques(result)).containsExactlyInAnyOrder(
                "iastm", "active_release", "dry_needling", "movement_assessment", "corrective_exercise");
        assertThat(result.excluded()).isEmpty();
    }

    @Test
    void aClientWithNoContraindicationGetsEveryIndicatedMassageTechnique() {
        Recommendation result = fullMassage().recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.MASSAGE);
        assertThat(techniques(result)).containsExactlyInAnyOrder("effleurage", "kneading", "rhythmic_strokes");
        assertThat(result.excluded()).isEmpty();
    }

    // ---------------- Table 8a: contraindications and precautions ----------------

    @Test
    void needlePhobiaExcludesDryNeedling() {
        Recommendation result = handsOnStm().with("needles_ok", "no").recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.STM);
        assertThat(excluded(result)).contains("dry_needling");
        assertThat(techniques(result)).doesNotContain("dry_needling").contains("iastm", "active_release");
    }

    @Test
    void anticoagulantsExcludeRhythmicStrokes() {
        Intake intake = fullMassage().with("conditions", "anticoagulants");
        Recommendation result = intake.recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.MASSAGE);
        assertThat(excluded(result)).contains("rhythmic_strokes");
        assertThat(techniques(result)).doesNotContain("rhythmic_strokes").contains("effleurage", "kneading");
        assertAddsAPrecaution(fullMassage(), intake, "effleurage", "kneading");
    }

    @Test
    void anticoagulantsOnlyCautionInstrumentActiveReleaseAndNeedlingWork() {
        assertAddsAPrecaution(handsOnStm(), handsOnStm().with("conditions", "anticoagulants"), HANDS_ON_STM);
    }

    @Test
    void bleedingDisorderExcludesDryNeedlingAndIastm() {
        Recommendation result = handsOnStm().with("conditions", "bleeding_disorder").recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.STM);
        assertThat(excluded(result)).contains("dry_needling", "iastm", "active_release");
        assertThat(techniques(result)).containsExactlyInAnyOrder("movement_assessment", "corrective_exercise");
    }

    @Test
    void bleedingDisorderLeavesOnlyGentleEffleurageInAMassage() {
        Intake intake = fullMassage().with("conditions", "bleeding_disorder");
        Recommendation result = intake.recommend();
        assertThat(excluded(result)).contains("kneading", "rhythmic_strokes");
        assertThat(techniques(result)).containsExactly("effleurage");
        assertAddsAPrecaution(fullMassage(), intake, "effleurage");
    }

    @Test
    void activeCancerExcludesRhythmicStrokesIastmAndActiveRelease() {
        assertThat(excluded(fullMassage().with("conditions", "cancer_active").recommend())).contains("rhythmic_strokes");
        Recommendation stm = handsOnStm().with("conditions", "cancer_active").recommend();
        assertThat(excluded(stm)).contains("iastm", "active_release");
        assertThat(techniques(stm)).contains("dry_needling");
    }

    @Test
    void osteoporosisExcludesRhythmicStrokes() {
        assertThat(excluded(fullMassage().with("conditions", "osteoporosis").recommend())).contains("rhythmic_strokes");
    }

    @Test
    void kidneyOrLiverFailureExcludesIastm() {
        assertThat(excluded(handsOnStm().with("conditions", "kidney_liver_failure").recommend())).contains("iastm");
    }

    @Test
    void varicoseVeinsOnTheTreatedLegsExcludeDeepWorkThere() {
        Intake legs = handsOnStm().with("pain_regions", "calf").with("conditions", "varicose_veins");
        assertThat(excluded(legs.recommend())).contains("iastm", "active_release");
        Intake massage = fullMassage().with("pain_regions", "calf").with("conditions", "varicose_veins");
        assertThat(excluded(massage.recommend())).contains("kneading", "rhythmic_strokes");
    }

    /**
     * Table 8a: X-L for every hands-on technique at the site, none for assessment and exercise. The
     * intake asks for a wound or skin infection "where it hurts", so the site is the treatment area.
     */
    @ParameterizedTest
    @ValueSource(strings = {"open_wound", "skin_infection"})
    void aWoundOrSkinInfectionWhereItHurtsExcludesHandsOnWorkThere(String condition) {
        Recommendation stm = handsOnStm().with("conditions", condition).recommend();
        assertThat(excluded(stm)).as("rules fired: %s", stm.rulesFired()).contains(HANDS_ON_STM);
        assertThat(techniques(stm)).containsExactlyInAnyOrder("movement_assessment", "corrective_exercise");
        Recommendation massage = fullMassage().with("conditions", condition).recommend();
        assertThat(excluded(massage)).as("rules fired: %s", massage.rulesFired())
                .contains("effleurage", "kneading", "rhythmic_strokes");
    }

    @Test
    void lymphoedemaCautionsHandsOnWorkOnTheAffectedLimb() {
        assertAddsAPrecaution(fullMassage(), fullMassage().with("conditions", "lymphedema"),
                "effleurage", "kneading", "rhythmic_strokes");
        assertAddsAPrecaution(handsOnStm(), handsOnStm().with("conditions", "lymphedema"), HANDS_ON_STM);
    }

    /** Table 8a note 4: a clinician may prefer a non-metal tool, but the triage does not exclude IASTM. */
    @Test
    void metalAllergyCautionsDryNeedlingButNeverExcludesIastm() {
        Intake intake = handsOnStm().with("conditions", "metal_allergy");
        assertThat(excluded(intake.recommend())).doesNotContain("iastm", "dry_needling");
        assertAddsAPrecaution(handsOnStm(), intake, "dry_needling");
    }

    @Test
    void pregnancyExcludesRhythmicStrokesOnTheLegs() {
        Intake intake = fullMassage().with("conditions", "pregnancy").with("pregnancy_weeks", 20)
                .with("pain_regions", "calf");
        assertThat(excluded(intake.recommend())).contains("rhythmic_strokes");
    }

    @Test
    void severePainMakesVigorousTechniquesStartGently() {
        assertAddsAPrecaution(handsOnStm(), handsOnStm().with("pain_level", 8),
                "iastm", "active_release", "dry_needling", "movement_assessment", "corrective_exercise");
    }

    // ---------------- Section 3: red flags ----------------

    @Test
    void saddleNumbnessRefersAsAnEmergency() {
        assertReferred(handsOnStm().with("red_flags", "saddle_numbness").recommend(), Urgency.EMERGENCY);
    }

    @Test
    void chestPainRefersAsAnEmergency() {
        assertReferred(fullMassage().with("red_flags", "chest_pain").recommend(), Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bladder_bowel_change", "both_legs_symptoms", "neck_artery_signs", "pulsating_abdominal_mass"})
    void otherEmergencyRedFlagsReferAsAnEmergency(String redFlag) {
        assertReferred(handsOnStm().with("red_flags", redFlag).recommend(), Urgency.EMERGENCY);
    }

    @Test
    void majorTraumaWithSpinalPainRefersAsAnEmergency() {
        Intake intake = handsOnStm().with("red_flags", "major_trauma").with("pain_regions", "neck");
        assertReferred(intake.recommend(), Urgency.EMERGENCY);
    }

    @Test
    void breathlessnessWithASwollenCalfRefersAsAnEmergency() {
        assertReferred(baseline().with("red_flags", "breathlessness", "calf_swelling").recommend(), Urgency.EMERGENCY);
    }

    @Test
    void breathlessnessAfterRecentSurgeryRefersAsAnEmergency() {
        Intake intake = baseline().with("red_flags", "breathlessness").with("injury_type", "surgery")
                .with("injury_days_ago", 10).with("injury_region", "hip");
        assertReferred(intake.recommend(), Urgency.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20, 83})
    void calfSwellingAfterRecentSurgeryRefersUrgently(int daysSinceSurgery) {
        Intake intake = baseline().with("red_flags", "calf_swelling").with("injury_type", "surgery")
                .with("injury_days_ago", daysSinceSurgery).with("injury_region", "knee").with("pain_regions", "knee");
        assertReferred(intake.recommend(), Urgency.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dvt_history", "cancer_active", "pregnancy"})
    void calfSwellingWithAClotRiskRefersUrgently(String condition) {
        assertReferred(baseline().with("red_flags", "calf_swelling").with("conditions", condition).recommend(),
                Urgency.URGENT);
    }

    @Test
    void progressiveWeaknessRefersUrgently() {
        assertReferred(handsOnStm().with("red_flags", "progressive_weakness").recommend(), Urgency.URGENT);
    }

    @Test
    void notBeingAbleToBearWeightRefersUrgently() {
        assertReferred(handsOnStm().with("red_flags", "cannot_bear_weight").recommend(), Urgency.URGENT);
    }

    @Test
    void cancerHistoryWithNightPainRefersUrgently() {
        Intake intake = baseline().with("conditions", "cancer_history").with("red_flags", "night_pain")
                .with("pain_regions", "shoulder").with("symptom_weeks", 20);
        assertReferred(intake.recommend(), Urgency.URGENT);
    }

    @Test
    void cancerHistoryWithNewSpinalPainRefersUrgently() {
        Intake intake = handsOnStm().with("conditions", "cancer_history").with("pain_regions", "upper_back")
                .with("symptom_weeks", 2);
        assertReferred(intake.recommend(), Urgency.URGENT);
    }

    @Test
    void cancerHistoryWithSpinalPainAndWorseningWeaknessRefersAsAnEmergency() {
        Intake intake = handsOnStm().with("conditions", "cancer_history").with("pain_regions", "lower_back")
                .with("red_flags", "progressive_weakness");
        assertReferred(intake.recommend(), Urgency.EMERGENCY);
    }

    @Test
    void feverAloneDefersTreatment() {
        Intake intake = fullMassage().with("red_flags", "fever").with("pain_regions", "shoulder");
        assertReferred(intake.recommend(), Urgency.ROUTINE);
    }

    @Test
    void feverWithImmunosuppressionRefersUrgently() {
        Intake intake = fullMassage().with("red_flags", "fever").with("conditions", "immunocompromised")
                .with("pain_regions", "shoulder");
        assertReferred(intake.recommend(), Urgency.URGENT);
    }

    @Test
    void feverWithBackPainRefersUrgently() {
        Intake intake = handsOnStm().with("red_flags", "fever").with("pain_regions", "lower_back");
        assertReferred(intake.recommend(), Urgency.URGENT);
    }

    @Test
    void osteoporosisWithRecentFallAndSevereSpinalPainRefersUrgently() {
        Intake intake = baseline().with("age", 72).with("conditions", "osteoporosis").with("injury_type", "other")
                .with("injury_days_ago", 2).with("injury_region", "lower_back").with("pain_regions", "lower_back")
                .with("pain_level", 8);
        assertReferred(intake.recommend(), Urgency.URGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unexplained_weight_loss", "night_pain"})
    void softRedFlagsDeferTreatmentUntilAPhysicianHasSeenTheClient(String redFlag) {
        assertReferred(fullMassage().with("red_flags", redFlag).recommend(), Urgency.ROUTINE);
    }

    @Test
    void uncontrolledHypertensionDefersTreatment() {
        assertReferred(fullMassage().with("conditions", "uncontrolled_hypertension").recommend(), Urgency.ROUTINE);
    }

    @Test
    void theMostUrgentRedFlagDecides() {
        assertReferred(fullMassage().with("red_flags", "fever", "chest_pain").recommend(), Urgency.EMERGENCY);
    }

    // ---------------- Screening questions ----------------

    @Test
    void referralBeatsMissingScreeningAnswers() {
        Intake intake = baseline().with("red_flags", "chest_pain").without("goals").without("conditions");
        assertReferred(intake.recommend(), Urgency.EMERGENCY);
    }

    @Test
    void missingGoalsGivesIncomplete() {
        Recommendation result = baseline().without("goals").recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(result.missing()).containsExactly("goals");
        assertThat(result.techniques()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"red_flags", "conditions"})
    void missingRedFlagsOrConditionsGiveIncomplete(String screening) {
        Recommendation result = handsOnStm().without(screening).recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(result.missing()).containsExactly(screening);
        assertThat(result.techniques()).isEmpty();
    }

    // ---------------- Section 1: massage or clinical STM ----------------

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void wellnessGoalsWithMildPainGoToMassage(int pain) {
        Recommendation result = baseline().with("goals", "relaxation", "stress_relief", "wellbeing")
                .with("pain_level", pain).recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.MASSAGE);
        assertThat(techniques(result)).contains("effleurage", "kneading");
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6})
    void moderatePainGoesToStm(int pain) {
        assertThat(baseline().with("pain_level", pain).recommend().outcome()).isEqualTo(Outcome.STM);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 3.5, 7})
    void functionalLimitationGoesToStm(double functionScore) {
        assertThat(baseline().with("function_score", functionScore).recommend().outcome()).isEqualTo(Outcome.STM);
    }

    @Test
    void massageWithoutLastingReliefGoesToStm() {
        assertThat(baseline().with("prior_massage", "no_lasting_relief").recommend().outcome()).isEqualTo(Outcome.STM);
    }

    @Test
    void stmCriteriaWinOverMassageCriteria() {
        Intake intake = baseline().with("goals", "relaxation", "stress_relief", "wellbeing", "circulation", "mobility")
                .with("pain_level", 0);
        assertThat(intake.recommend().outcome()).isEqualTo(Outcome.STM);
    }

    static Stream<Arguments> stmCriteria() {
        return Stream.of(
                Arguments.of("moderate pain", baseline().with("pain_level", 5)),
                Arguments.of("severe pain", baseline().with("pain_level", 9)),
                Arguments.of("functional limitation", baseline().with("function_score", 6)),
                Arguments.of("an old sprain", baseline().with("injury_type", "sprain_strain")
                        .with("injury_days_ago", 200).with("injury_region", "ankle_foot")),
                Arguments.of("a tight scar", baseline().with("injury_type", "surgery").with("injury_days_ago", 200)
                        .with("injury_region", "knee").with("scar_tissue", "yes")),
                Arguments.of("goal pain relief", baseline().with("goals", "pain_relief")),
                Arguments.of("goal mobility", baseline().with("goals", "mobility")),
                Arguments.of("goal injury recovery", baseline().with("goals", "injury_recovery")),
                Arguments.of("goal scar tissue", baseline().with("goals", "scar_tissue")),
                Arguments.of("goal performance", baseline().with("goals", "performance")),
                Arguments.of("localized tightness for 12 weeks", baseline().with("symptoms", "tightness").with("symptom_weeks", 12)
                        .with("pain_regions", "neck")),
                Arguments.of("massage without lasting relief", baseline().with("prior_massage", "no_lasting_relief")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stmCriteria")
    void stmAlwaysComesWithMovementAssessmentAndCorrectiveExercise(String criterion, Intake intake) {
        Recommendation result = intake.recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.STM);
        assertThat(techniques(result)).contains("movement_assessment", "corrective_exercise");
    }

    // ---------------- Section 4 and table 8a: acuity at the injured site ----------------

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void injuryInFirst72HoursExcludesHandsOnWorkAtTheSite(int daysAgo) {
        Intake intake = handsOnStm().with("injury_type", "sprain_strain").with("injury_days_ago", daysAgo)
                .with("injury_region", "shoulder");
        Recommendation result = intake.recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.STM);
        assertThat(excluded(result)).contains("iastm", "active_release", "dry_needling", "movement_assessment");
        assertThat(techniques(result)).containsExactly("corrective_exercise");
        assertAddsAPrecaution(handsOnStm(), intake, "corrective_exercise");
    }

    @Test
    void injuryInFirst72HoursElsewhereOnlyAddsAPrecaution() {
        Intake intake = handsOnStm().with("injury_type", "sprain_strain").with("injury_days_ago", 1)
                .with("injury_region", "ankle_foot");
        Recommendation result = intake.recommend();
        assertThat(result.excluded()).isEmpty();
        assertAddsAPrecaution(handsOnStm(), intake, "iastm", "active_release", "dry_needling", "movement_assessment");
    }

    @Test
    void injuryAfterTheFirst72HoursAllowsHandsOnWorkAtTheSite() {
        Recommendation result = handsOnStm().with("injury_type", "dislocation").with("injury_days_ago", 3)
                .with("injury_region", "shoulder").recommend();
        assertThat(techniques(result)).contains(HANDS_ON_STM).contains("movement_assessment");
    }

    @Test
    void injuryOnItsThirdDayIsStillInTheFirst72Hours() {
        Recommendation result = handsOnStm().with("injury_type", "dislocation").with("injury_days_ago", 2)
                .with("injury_region", "shoulder").recommend();
        assertThat(excluded(result)).contains(HANDS_ON_STM).contains("movement_assessment");
    }

    @Test
    void aSprainAtTheSiteInItsFirstSixWeeksExcludesIastmOnly() {
        Recommendation recent = handsOnStm().with("injury_type", "sprain_strain").with("injury_days_ago", 41)
                .with("injury_region", "shoulder").recommend();
        Recommendation healed = handsOnStm().with("injury_type", "sprain_strain").with("injury_days_ago", 42)
                .with("injury_region", "shoulder").recommend();
        assertThat(excluded(recent)).containsExactly("iastm");
        assertThat(techniques(recent)).contains("active_release", "movement_assessment");
        assertThat(techniques(healed)).contains(HANDS_ON_STM);
    }

    @Test
    void unhealedFractureAtTheSiteExcludesHandsOnWork() {
        Intake intake = handsOnStm().with("injury_type", "fracture").with("injury_days_ago", 30)
                .with("injury_region", "shoulder").with("fracture_healed", "no");
        Recommendation result = intake.recommend();
        assertThat(excluded(result)).contains("iastm", "active_release", "dry_needling", "movement_assessment");
        assertThat(techniques(result)).containsExactly("corrective_exercise");
        assertAddsAPrecaution(handsOnStm(), intake, "corrective_exercise");
    }

    @Test
    void healedFractureAllowsHandsOnWork() {
        Recommendation result = handsOnStm().with("injury_type", "fracture").with("injury_days_ago", 120)
                .with("injury_region", "shoulder").with("fracture_healed", "yes").recommend();
        assertThat(techniques(result)).contains(HANDS_ON_STM);
    }

    /** From day 4: in the first 72 hours the acute-injury row (assessment excluded too) also applies. */
    @ParameterizedTest
    @ValueSource(ints = {4, 20, 41})
    void surgeryUnderSixWeeksExcludesIastmAtTheSite(int daysAgo) {
        Intake intake = handsOnStm().with("injury_type", "surgery").with("injury_days_ago", daysAgo)
                .with("injury_region", "shoulder");
        Recommendation result = intake.recommend();
        assertThat(excluded(result)).contains("iastm", "active_release", "dry_needling");
        assertThat(techniques(result)).contains("movement_assessment", "corrective_exercise");
        assertAddsAPrecaution(handsOnStm(), intake, "movement_assessment", "corrective_exercise");
    }

    @Test
    void surgeryMoreThanSixWeeksAgoAllowsIastmAtTheSite() {
        Recommendation result = handsOnStm().with("injury_type", "surgery").with("injury_days_ago", 60)
                .with("injury_region", "shoulder").recommend();
        assertThat(techniques(result)).contains("iastm");
    }

    // ---------------- Table 8a: pregnancy ----------------

    @ParameterizedTest
    @ValueSource(ints = {4, 12})
    void firstTrimesterExcludesDryNeedling(int weeks) {
        Recommendation result = handsOnStm().with("conditions", "pregnancy").with("pregnancy_weeks", weeks).recommend();
        assertThat(excluded(result)).contains("dry_needling");
        assertThat(techniques(result)).doesNotContain("dry_needling");
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 20, 27})
    void secondTrimesterOnlyCautionsDryNeedling(int weeks) {
        Intake intake = handsOnStm().with("conditions", "pregnancy").with("pregnancy_weeks", weeks);
        assertThat(excluded(intake.recommend())).doesNotContain("dry_needling");
        assertAddsAPrecaution(handsOnStm(), intake, "dry_needling");
    }

    @ParameterizedTest
    @ValueSource(ints = {28, 40})
    void thirdTrimesterOnlyCautionsDryNeedling(int weeks) {
        Intake intake = handsOnStm().with("conditions", "pregnancy").with("pregnancy_weeks", weeks);
        assertThat(excluded(intake.recommend())).doesNotContain("dry_needling");
        assertAddsAPrecaution(handsOnStm(), intake, "dry_needling");
    }

    // ---------------- Consent (brief 2.5, 2.6, 7.3, 7.7; table 8a) ----------------

    @Test
    void representativeConsentExcludesDryNeedlingAndActiveRelease() {
        Intake intake = handsOnStm().with("consent", "representative");
        Recommendation result = intake.recommend();
        assertThat(excluded(result)).contains("dry_needling", "active_release");
        assertThat(techniques(result)).contains("iastm", "movement_assessment", "corrective_exercise");
        assertAddsAPrecaution(handsOnStm(), intake, "iastm", "movement_assessment", "corrective_exercise");
    }

    @Test
    void noConsentMeansNoTreatment() {
        assertReferred(fullMassage().with("consent", "none").recommend(), Urgency.ROUTINE);
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 15, 17})
    void minorsGetAGuardianPrecaution(int age) {
        assertAddsAPrecaution(fullMassage(), fullMassage().with("age", age), "effleurage", "kneading", "rhythmic_strokes");
        assertAddsAPrecaution(handsOnStm(), handsOnStm().with("age", age), "iastm", "active_release");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 15, 17})
    void aMinorConsentingAloneIsNotOfferedDryNeedling(int age) {
        assertThat(excluded(handsOnStm().with("age", age).recommend())).contains("dry_needling");
        assertThat(techniques(handsOnStm().with("age", 18).recommend())).contains("dry_needling");
    }

    @Test
    void anEighteenYearOldNeedsNoGuardian() {
        assertThat(fullMassage().with("age", 18).recommend().precautions())
                .isEqualTo(fullMassage().recommend().precautions());
    }

    // ---------------- The engine's contract ----------------

    @Test
    void followUpAnswersThatDoNotApplyAreIgnored() {
        Intake intake = baseline().with("injury_type", "none").with("fracture_healed", "no").with("scar_tissue", "yes")
                .with("injury_days_ago", 1).with("injury_region", "knee").with("pregnancy_weeks", 8);
        Recommendation result = intake.recommend();
        Recommendation without = baseline().with("injury_type", "none").recommend();
        assertThat(result.outcome()).isEqualTo(Outcome.MASSAGE);
        assertThat(result.rulesFired()).isEqualTo(without.rulesFired());
        assertThat(result.techniques()).isEqualTo(without.techniques());
        assertThat(result.precautions()).isEqualTo(without.precautions());
        assertThat(result.ignored()).containsExactlyInAnyOrder(
                "fracture_healed", "scar_tissue", "injury_days_ago", "injury_region", "pregnancy_weeks");
    }

    static Stream<Arguments> oneIntakePerOutcome() {
        return Stream.of(
                Arguments.of(Outcome.MASSAGE, fullMassage()),
                Arguments.of(Outcome.STM, handsOnStm()),
                Arguments.of(Outcome.REFER, fullMassage().with("red_flags", "chest_pain")),
                Arguments.of(Outcome.INCOMPLETE, Intake.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneIntakePerOutcome")
    void everyResultCarriesTheRuleSetVersionAndSha(Outcome outcome, Intake intake) {
        RuleSet rules = ShippedRules.get();
        Recommendation result = intake.recommend();
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.rulesetVersion()).isEqualTo(rules.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(result.rulesetSha256()).isEqualTo(rules.sha256()).matches("[0-9a-f]{64}");
    }

    // ---------------- Then ----------------

    private static List<String> techniques(Recommendation result) {
        return Intake.ids(result.techniques());
    }

    private static List<String> excluded(Recommendation result) {
        return Intake.ids(result.excluded());
    }

    private static List<String> notesOn(Recommendation result, String technique) {
        return result.precautions().stream().filter(p -> p.technique().equals(technique))
                .map(PrecautionResult::note).toList();
    }

    private static void assertReferred(Recommendation result, Urgency urgency) {
        assertThat(result.outcome()).as("outcome (rules fired: %s)", result.rulesFired()).isEqualTo(Outcome.REFER);
        assertThat(result.referral().orElseThrow().urgency()).as("urgency (rules fired: %s)", result.rulesFired())
                .isEqualTo(urgency);
        assertThat(result.techniques()).isEmpty();
    }

    /** With the answer, each technique is still given and carries a precaution it did not carry without it. */
    private static void assertAddsAPrecaution(Intake without, Intake with, String... techniques) {
        Recommendation before = without.recommend();
        Recommendation after = with.recommend();
        assertThat(techniques(after)).as("techniques given (rules fired: %s)", after.rulesFired()).contains(techniques);
        for (String t : techniques) {
            assertThat(notesOn(after, t)).as("precautions on %s (rules fired: %s)", t, after.rulesFired())
                    .isNotEmpty().isNotEqualTo(notesOn(before, t)).containsAll(notesOn(before, t));
        }
    }
}
