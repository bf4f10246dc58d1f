package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triage.engine.Engine;
import org.triage.problem.Problem;
import org.triage.problem.Problems;
import org.triage.rules.Answer;
import org.triage.rules.AnswersFile;

/**
 * The {@code -a field=value} parser on any arguments (the bytes as UTF-8, split at each NUL, as a shell passes
 * them): each mistake is a problem named after its argument, never a long value repeated.
 */
class AnswerArgumentsFuzzTest {

    @FuzzTest
    void answerArguments(byte[] input) {
        FuzzChecks.bounded(input, FuzzChecks.BASE, () -> {
            List<String> arguments = List.of(new String(input, StandardCharsets.UTF_8).split("\0", -1));
            Problems problems = new Problems();
            Map<String, Answer> values = new HashMap<>();
            AnswerArguments.read(arguments, FuzzChecks.RULES.questionnaire(), values, problems);
            for (Problem p : problems.inOrder()) {
                assertThat(p.location().file()).startsWith("-a ").hasSizeLessThanOrEqualTo("-a ".length() + 64 + 3);
            }
            if (!problems.hasErrors()) {
                var answers = AnswersFile.inQuestionOrder(values, FuzzChecks.RULES.questionnaire());
                FuzzChecks.safe(Engine.evaluate(FuzzChecks.RULES, answers));
            }
        });
    }
}
