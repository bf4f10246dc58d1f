package org.triage.cli;

import static org.triage.cli.FuzzChecks.located;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.triage.engine.Engine;
import org.triage.fhir.ResponseReader;
import org.triage.problem.Problems;
import org.triage.rules.Answers;

/**
 * The FHIR QuestionnaireResponse reader on any bytes, as {@code recommend --answers response.json} reads them. Only
 * the program's own user errors may come out, each at a place in the file, and answers read are safe to evaluate.
 */
class ResponseFuzzTest {

    @FuzzTest
    void response(byte[] input) {
        FuzzChecks.bounded(input, FuzzChecks.BASE, () -> {
            String text;
            try {
                text = Inputs.read("-", new ByteArrayInputStream(input));
            } catch (UserError e) {
                located(e.problems(), "<stdin>");
                return;
            }
            Problems problems = new Problems();
            Answers answers = new ResponseReader(FuzzChecks.RULES, false, problems).read("response.json", text, 0).answers();
            located(problems.inOrder(), "response.json");
            if (!problems.hasErrors()) {
                FuzzChecks.safe(Engine.evaluate(FuzzChecks.RULES, answers));
            }
        });
    }
}
