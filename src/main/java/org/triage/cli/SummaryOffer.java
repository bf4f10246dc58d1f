package org.triage.cli;

import java.nio.file.Path;
import org.triage.engine.Recommendation;
import org.triage.questionnaire.Input;
import org.triage.questionnaire.Prompter;
import org.triage.report.HtmlSummary;
import org.triage.rules.Clinic;
import org.triage.rules.RuleSet;

/**
 * At the end of the questionnaire, once the result is shown: the offer to write the one-page client summary to print
 * ({@code recommend --format html}). Enter, Ctrl-C or the end of input declines; a file that cannot be written is
 * said and the offer made again, since the result on screen is already safe.
 */
final class SummaryOffer {

    static final String PROMPT = "To print a summary for the client, type a file name (such as summary.html),"
            + " or press Enter to skip: ";

    private SummaryOffer() {
    }

    static void offer(Prompter prompter, Recommendation result, RuleSet ruleSet, Clinic clinic) {
        while (true) {
            Input input = prompter.read(PROMPT, java.util.List.of());
            if (input instanceof Input.TooLong) {
                prompter.say(Input.TooLong.SAID);
                continue;
            }
            if (!(input instanceof Input.Line line) || line.text().isBlank()) {
                return;
            }
            Path target = Path.of(withExtension(line.text().trim()));
            try {
                Questioning.checkSaveTarget(target);
                Outputs.writeAtomically(target, HtmlSummary.render(result, ruleSet, clinic));
                prompter.say("The summary is in " + target.toAbsolutePath() + ": open it in a browser to print it.");
                return;
            } catch (UserError e) {
                e.problems().forEach(p -> prompter.say(p.render()));
            }
        }
    }

    /** A name typed without an extension gets {@code .html}, so that a browser opens the file. */
    private static String withExtension(String name) {
        String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        return file.contains(".") ? name : name + ".html";
    }
}
