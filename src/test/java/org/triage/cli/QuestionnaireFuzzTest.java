package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.triage.engine.Engine;
import org.triage.questionnaire.Ending;
import org.triage.questionnaire.Intake;
import org.triage.questionnaire.LinePrompter;
import org.triage.report.Style;
import org.triage.rules.Answers;

/**
 * The questionnaire's line input on any bytes, as a script piped to {@code triage ask} gives them: every reply is
 * answered or refused, and the questionnaire ends (at the latest when the input does) with an ending of its own.
 */
class QuestionnaireFuzzTest {

    @FuzzTest
    void lineInput(byte[] input) {
        FuzzChecks.bounded(input, FuzzChecks.BASE, () -> {
            StringWriter shown = new StringWriter();
            LinePrompter prompter = new LinePrompter(new ByteArrayInputStream(input), new PrintWriter(shown));
            Ending ending = new Intake(FuzzChecks.RULES, prompter, new Style(false)).run(Answers.NONE);
            assertThat(ending).isNotNull();
            if (ending instanceof Ending.Emergency emergency) {
                FuzzChecks.safe(emergency.result());
            } else if (ending instanceof Ending.Finished finished) {
                FuzzChecks.safe(Engine.evaluate(FuzzChecks.RULES, finished.answers()));
            }
        });
    }
}
