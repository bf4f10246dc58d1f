package org.triage.cli;

import static org.triage.cli.FuzzChecks.located;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.triage.engine.Engine;
import org.triage.problem.Problems;
import org.triage.rules.Answers;
import org.triage.rules.AnswersFile;

/**
 * The answers reader on any bytes, as {@code recommend --answers} reads them: the first byte chooses JSON (odd) or
 * YAML (even), the rest is the file. Only the program's own user errors may come out, each at a place in the file.
 */
class AnswersFuzzTest {

    @FuzzTest
    void answersFile(byte[] input) {
        FuzzChecks.bounded(input, FuzzChecks.BASE, () -> {
            if (input.length == 0) {
                return;
            }
            String name = (input[0] & 1) == 1 ? "answers.json" : "answers.yaml";
            String text;
            try {
                text = Inputs.read("-", new ByteArrayInputStream(Arrays.copyOfRange(input, 1, input.length)));
            } catch (UserError e) {
                located(e.problems(), "<stdin>");
                return;
            }
            Problems problems = new Problems();
            Answers answers = AnswersFile.read(name, text, FuzzChecks.RULES.questionnaire(), problems);
            located(problems.inOrder(), name);
            if (!problems.hasErrors()) {
                FuzzChecks.safe(Engine.evaluate(FuzzChecks.RULES, answers));
            }
        });
    }
}
