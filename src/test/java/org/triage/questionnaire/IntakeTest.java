package org.triage.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triage.questionnaire.ScriptedPrompter.CTRL_C;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triage.report.Style;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import org.triage.rules.Urgency;

/** The questionnaire flow, driven through the Prompter interface without a terminal. */
class IntakeTest {

    static final RuleSet RULES = RuleSetLoader.builtIn().ruleSet().orElseThrow();

    /** The optional questions that are always asked, in file order, after the screening questions and consent. */
    static final List<String> OPTIONAL = List.of("client_id", "age", "pain_level", "pain_regions", "symptom_weeks",
            "symptoms", "function_score", "injury_type", "prior_massage", "activity", "needles_ok");

    ScriptedPrompter prompter;

    Ending run(Answers start, String... replies) {
        prompter = new ScriptedPrompter(RULES.questionnaire(), replies);
        return new Intake(RULES, prompter, new Style(false)).run(start);
    }

    Ending run(String... replies) {
        return run(Answers.NONE, replies);
    }

    /** Replies that answer the screening questions and consent, then skip the rest. */
    static String[] wellness(String... then) {
        List<String> out = new ArrayList<>(List.of("none", "none", "relaxation", "self"));
        out.addAll(Arrays.asList(then));
        return out.toArray(String[]::new);
    }

    static String[] skips(int n, String... then) {
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(n, ""));
        out.addAll(Arrays.asList(then));
        return out.toArray(String[]::new);
    }

    static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }

    @Test
    void screeningQuestionsAndConsentComeFirstThenTheRestInFileOrder() {
        Ending e = run(concat(wellness(), skips(OPTIONAL.size(), "")));
        List<String> expected = new ArrayList<>(List.of("red_flags", "conditions", "goals", "consent"));
        expected.addAll(OPTIONAL);
        assertThat(prompter.asked()).containsExactlyElementsOf(expected);
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().values().keySet()).containsExactly("red_flags", "conditions", "goals", "consent");
    }

    @Test
    void followUpsAreAskedOnlyWhenTheirConditionHolds() {
        Ending e = run(concat(wellness(), skips(7, "fracture", "30", "knee", "no"), skips(3, "")));
        assertThat(prompter.asked()).containsSubsequence("injury_type", "injury_days_ago", "injury_region",
                "fracture_healed", "prior_massage").doesNotContain("scar_tissue", "pregnancy_weeks");
        assertThat(e.answers().get("fracture_healed")).contains(new Answer.Choice("no"));
    }

    @Test
    void choicesTakeNumbersOrIdsSeparatedByCommasOrSpaces() {
        Ending e = run(concat(new String[] {"15", "NONE", "1, stress_relief 7", "1"}, skips(OPTIONAL.size(), "")));
        assertThat(e.answers().get("red_flags")).contains(new Answer.Choices(List.of("none")));
        assertThat(e.answers().get("goals")).contains(new Answer.Choices(List.of("relaxation", "stress_relief", "mobility")));
        assertThat(e.answers().get("consent")).contains(new Answer.Choice("self"));
    }

    @Test
    void anInvalidAnswerIsExplainedAndAskedAgain() {
        Ending e = run(concat(wellness("", "", "11", "-1", "3"), skips(OPTIONAL.size() - 3, "")));
        assertThat(prompter.transcript()).contains("11 is out of range. Please write a number from 0 to 10.");
        assertThat(prompter.asked().stream().filter("pain_level"::equals)).hasSize(1);
        assertThat(e.answers().get("pain_level")).contains(new Answer.Num(3));
    }

    @Test
    void unknownIdsAndMisplacedNoneAreExplained() {
        run("chest_pian", "chest_pain none", CTRL_C, "y");
        assertThat(prompter.transcript()).contains("unknown value 'chest_pian' for red_flags. Did you mean 'chest_pain'?")
                .contains("'none' cannot be combined with other values");
    }

    @Test
    void aQuestionMarkShowsTheHelpText() {
        run("?");
        assertThat(prompter.transcript()).contains(RULES.questionnaire().field("red_flags").orElseThrow().help());
    }

    @Test
    void screeningQuestionsCannotBeSkippedButOptionalOnesCan() {
        Ending e = run(wellness("", ""));
        assertThat(prompter.transcript()).doesNotContain("needs an answer before a result");
        run("", "none");
        assertThat(prompter.transcript()).contains("This question needs an answer before a result can be given");
        assertThat(prompter.asked()).containsExactly("red_flags", "conditions");
        assertThat(e.answers().has("client_id")).isFalse();
    }

    @Test
    void backReturnsToThePreviousQuestionKeepsItsAnswerAndThenGoesOnWhereItLeftOff() {
        Ending e = run("back", "none", "none", "back", "back", "fever", "relaxation");
        assertThat(prompter.transcript()).contains("This is the first question; there is nothing to go back to.");
        assertThat(prompter.asked()).containsExactly("red_flags", "red_flags", "conditions", "goals", "conditions",
                "red_flags", "goals", "consent");
        assertThat(e.answers().get("red_flags")).contains(new Answer.Choices(List.of("fever")));
        assertThat(e.answers().get("conditions")).contains(new Answer.Choices(List.of("none")));
    }

    @Test
    void backAfterAnEditFollowsTheQuestionOrderAndKeepsLaterAnswers() {
        String[] intake = concat(wellness(), skips(7, "fracture", "30", "knee", "no", "none", "active", "unsure"));
        Ending e = run(concat(intake, new String[] {"edit 12", "surgery", "back", "back", "back", "surgery", "yes", ""}));
        assertThat(prompter.asked()).endsWith("injury_type", "scar_tissue", "injury_region", "injury_days_ago",
                "injury_type", "scar_tissue");
        assertThat(prompter.transcript()).contains("  - Has a doctor told you the broken bone has healed?");
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().values().keySet()).contains("injury_days_ago", "injury_region", "prior_massage",
                "activity", "needles_ok", "scar_tissue").doesNotContain("fracture_healed");
        assertThat(e.answers().get("injury_days_ago")).contains(new Answer.Num(30));
    }

    @Test
    void goingBackShowsTheAnswerSoFarAndEnterKeepsIt() {
        Ending e = run(concat(wellness("A-17", "back", ""), skips(OPTIONAL.size() - 1, "")));
        assertThat(prompter.transcript()).contains("Your answer so far: A-17. Press Enter to keep it, or type a new answer.");
        assertThat(prompter.asked()).containsSubsequence("client_id", "age", "client_id", "age", "pain_level");
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().get("client_id")).contains(new Answer.Text("A-17"));
    }

    @Test
    void goingBackAndChangingAnAnswerDropsOnlyFollowUpsThatNoLongerApplyAndSaysWhich() {
        Ending e = run(concat(wellness(), skips(7, "fracture", "30", "knee", "back", "back", "back", "none"),
                skips(3, "")));
        assertThat(prompter.transcript()).contains("These questions no longer apply, so their answers were removed:")
                .contains("  - How many days ago did the injury or operation happen?");
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().values().keySet()).doesNotContain("injury_days_ago", "injury_region");
    }

    @Test
    void anEmergencyAnswerStopsAtOnceWithTheReferral() {
        Ending e = run("chest_pain", "none", "relaxation");
        assertThat(e).isInstanceOfSatisfying(Ending.Emergency.class, em ->
                assertThat(em.result().referral().orElseThrow().urgency()).isEqualTo(Urgency.EMERGENCY));
        assertThat(prompter.asked()).containsExactly("red_flags");
        assertThat(prompter.unread()).isEqualTo(2);
    }

    @Test
    void anAnswerToAnyQuestionThatMeansAnEmergencyStopsAtOnce() {
        Ending e = run("major_trauma", "none", "relaxation", "self", "", "", "", "neck", "", "");
        assertThat(e).isInstanceOfSatisfying(Ending.Emergency.class, em ->
                assertThat(em.result().referral().orElseThrow().urgency()).isEqualTo(Urgency.EMERGENCY));
        assertThat(prompter.asked()).endsWith("pain_level", "pain_regions");
        assertThat(prompter.unread()).isEqualTo(2);
    }

    @Test
    void anEditOfANonScreeningAnswerThatMeansAnEmergencyStopsAtOnce() {
        Ending e = run(concat(new String[] {"major_trauma", "none", "relaxation", "self"}, skips(OPTIONAL.size()),
                new String[] {"edit 8", "neck", ""}));
        assertThat(e).isInstanceOf(Ending.Emergency.class);
        assertThat(prompter.unread()).isEqualTo(1);
    }

    @Test
    void anUrgentReferralDoesNotStopTheQuestionnaire() {
        Ending e = run(concat(new String[] {"night_pain", "cancer_active", "relaxation", "self"}, skips(OPTIONAL.size(), "")));
        assertThat(e).isInstanceOf(Ending.Finished.class);
    }

    @Test
    void theReviewNumbersEveryAnswerAndEditChangesOne() {
        Ending e = run(concat(wellness(), skips(OPTIONAL.size(), "edit 3", "stress_relief", "")));
        assertThat(prompter.transcript()).contains("Please check your answers:").contains("  3. What would you like")
                .contains(" 15. Would you be willing");
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().get("goals")).contains(new Answer.Choices(List.of("stress_relief")));
    }

    @Test
    void anEditDropsAnswersThatNoLongerApplyAndSaysWhich() {
        String[] intake = concat(wellness(), skips(7, "fracture", "30", "knee", "no"), skips(3));
        Ending e = run(concat(intake, new String[] {"edit 12", "none", ""}));
        assertThat(prompter.transcript()).contains("These questions no longer apply, so their answers were removed:")
                .contains("  - How many days ago did the injury or operation happen?")
                .contains("  - Has a doctor told you the broken bone has healed?");
        assertThat(e.answers().values().keySet()).doesNotContain("injury_days_ago", "injury_region", "fracture_healed");
        assertThat(e.answers().get("injury_type")).contains(new Answer.Choice("none"));
    }

    @Test
    void anEditThatOpensAFollowUpAsksIt() {
        Ending e = run(concat(wellness(), skips(OPTIONAL.size(), "edit 2", "pregnancy", "20", "")));
        assertThat(prompter.asked()).endsWith("conditions", "pregnancy_weeks", "pregnancy_signs");
        assertThat(e.answers().get("pregnancy_weeks")).contains(new Answer.Num(20));
    }

    @Test
    void anEditToAnEmergencyStopsAtOnce() {
        Ending e = run(concat(wellness(), skips(OPTIONAL.size(), "edit 1", "saddle_numbness")));
        assertThat(e).isInstanceOf(Ending.Emergency.class);
    }

    @Test
    void ctrlCAsksWhetherToQuit() {
        Ending stay = run("none", CTRL_C, "n", "none", CTRL_C, "yes");
        assertThat(stay).isInstanceOfSatisfying(Ending.Quit.class, q -> assertThat(q.waiting()).contains("goals"));
        assertThat(stay.answers().values().keySet()).containsExactly("red_flags", "conditions");
        assertThat(prompter.transcript()).isNotEmpty();
    }

    @Test
    void theEndOfInputStopsAndNamesTheWaitingQuestion() {
        Ending e = run("none", "none");
        assertThat(e).isInstanceOfSatisfying(Ending.InputEnded.class, q -> assertThat(q.waiting()).contains("goals"));
    }

    @Test
    void resumingAsksOnlyWhatIsMissing() {
        Answers start = Answers.NONE.with("red_flags", new Answer.Choices(List.of("none")))
                .with("conditions", new Answer.Choices(List.of("none"))).with("age", new Answer.Num(30));
        run(start, "relaxation", "self", "");
        assertThat(prompter.asked()).startsWith("goals", "consent", "client_id", "pain_level");
    }

    @Test
    void resumedAnswersToFollowUpsThatDoNotApplyAreNotUsedAndThePersonIsTold() {
        Answers start = Answers.NONE.with("red_flags", new Answer.Choices(List.of("none")))
                .with("conditions", new Answer.Choices(List.of("none"))).with("pregnancy_weeks", new Answer.Num(20));
        Ending e = run(start, concat(new String[] {"relaxation", "self"}, skips(OPTIONAL.size(), "")));
        assertThat(prompter.transcript()).contains("These answers do not apply to the other answers, so they were not used:")
                .contains("  - How many weeks pregnant are you?");
        assertThat(e).isInstanceOf(Ending.Finished.class);
        assertThat(e.answers().has("pregnancy_weeks")).isFalse();
    }

    @Test
    void aResumedEmergencyStopsBeforeAnyQuestion() {
        Ending e = run(Answers.NONE.with("red_flags", new Answer.Choices(List.of("chest_pain"))));
        assertThat(e).isInstanceOf(Ending.Emergency.class);
        assertThat(prompter.asked()).isEmpty();
        assertThat(Optional.of(e.answers())).isPresent();
    }
}
