package org.triage.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triage.report.Style;
import org.triage.rules.Answers;
import org.triage.rules.Field;
import org.triage.rules.RuleSet;

/** Accessible mode: a linear questionnaire for screen readers, every option and every expected input in words. */
class AccessibleModeTest {

    static final RuleSet RULES = IntakeTest.RULES;

    ScriptedPrompter prompter;

    Ending run(Mode mode, String... replies) {
        prompter = new ScriptedPrompter(RULES.questionnaire(), replies);
        return new Intake(RULES, prompter, new Style(false), mode).run(Answers.NONE);
    }

    @Test
    void everyOptionIsSpelledOutWithItsNumberTheCountAndItsId() {
        run(Mode.ACCESSIBLE);
        Field redFlags = RULES.questionnaire().field("red_flags").orElseThrow();
        int n = redFlags.options().size();
        assertThat(prompter.transcript()).contains("Option 1 of " + n + ": " + redFlags.options().get(0).id() + ": "
                + redFlags.options().get(0).label())
                .contains("Option " + n + " of " + n + ": none: ")
                .contains("This question needs an answer.")
                .doesNotContain("  1) ");
    }

    @Test
    void everyPromptEndsWithWhatToType() {
        run(Mode.ACCESSIBLE, IntakeTest.wellness("A-1", "40", "", "", "", "", "", "", "", "", "", "edit 1"));
        int flags = RULES.questionnaire().field("red_flags").orElseThrow().options().size();
        assertThat(prompter.prompts()).startsWith(
                        "Type one or more numbers from 1 to " + flags + ", separated by commas: ")
                .contains("Type your answer, or press Enter to skip: ",
                        "Type a number from 0 to 10, or press Enter to skip: ",
                        Review.PROMPT)
                .noneMatch(p -> p.equals("> "));
    }

    @Test
    void theReviewNamesEachAnswerWithItsNumberAndTheCount() {
        run(Mode.ACCESSIBLE, IntakeTest.concat(IntakeTest.wellness(), IntakeTest.skips(IntakeTest.OPTIONAL.size())));
        int shown = 4 + IntakeTest.OPTIONAL.size();
        assertThat(prompter.transcript()).contains("Answer 1 of " + shown + ": Do any of these apply to you right now? None of these")
                .contains("Answer " + shown + " of " + shown + ": ");
    }

    @Test
    void quittingAsksForYesOrNoInWords() {
        run(Mode.ACCESSIBLE, ScriptedPrompter.CTRL_C, "y");
        assertThat(prompter.prompts()).contains("Quit the questionnaire? Type yes or no: ");
    }

    @Test
    void theStandardModeKeepsTheCompactList() {
        run(Mode.STANDARD);
        assertThat(prompter.transcript()).contains("  1) ").doesNotContain("Option 1 of");
        assertThat(prompter.prompts()).containsOnly("> ");
    }
}
