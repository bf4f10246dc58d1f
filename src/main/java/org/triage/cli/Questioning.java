package org.triage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.triage.engine.Engine;
import org.triage.problem.Problems;
import org.triage.questionnaire.Ending;
import org.triage.questionnaire.Intake;
import org.triage.questionnaire.LinePrompter;
import org.triage.questionnaire.Mode;
import org.triage.questionnaire.Prompter;
import org.triage.report.Style;
import org.triage.report.TextReport;
import org.triage.rules.Answers;
import org.triage.rules.AnswersFile;
import org.triage.rules.RuleSet;

/** Runs the questionnaire for {@code triage} and {@code triage ask}: picks the prompter, saves, prints the result. */
final class Questioning {

    private final Console console;
    private final AskOptions options;
    private final RuleSet ruleSet;
    private final boolean plain;

    private Questioning(Console console, AskOptions options, RuleSet ruleSet, boolean plain) {
        this.console = console;
        this.options = options;
        this.ruleSet = ruleSet;
        this.plain = plain;
    }

    static int run(Console console, CommonOptions common, AskOptions options) {
        String accessible = console.env().get("ACCESSIBLE");
        boolean plain = options.accessible || (accessible != null && !accessible.isEmpty());
        // The terminal is set up first, while the built-in rule set loads on another thread (RuleSets.preload).
        // In accessible mode the terminal's own line editing is used: nothing is redrawn.
        JLinePrompter terminal = console.terminal() && !plain ? terminal() : null;
        try {
            Questioning q = new Questioning(console, options, RuleSets.load(common.rules), plain);
            Answers start = q.resumed();
            return q.ask(terminal != null ? terminal : new LinePrompter(console.in(), console.out(), console.terminal()),
                    start);
        } finally {
            if (terminal != null) {
                terminal.close();
            }
        }
    }

    /** The system terminal, or null when it cannot be opened (then the questionnaire reads plain lines). */
    private static JLinePrompter terminal() {
        try {
            return JLinePrompter.onSystemTerminal();
        } catch (IOException e) {
            return null;
        }
    }

    private Answers resumed() {
        if (options.resume == null) {
            return Answers.NONE;
        }
        Problems problems = new Problems();
        Answers answers = AnswersFile.read(options.resume, Inputs.read(options.resume, console.in()),
                ruleSet.questionnaire(), problems);
        if (problems.hasErrors()) {
            throw new UserError(ExitCode.INVALID_INPUT, problems.inOrder());
        }
        return answers;
    }

    private int ask(Prompter prompter, Answers start) {
        Style style = new Style(console.colour() && !plain);
        prompter.say("Intake questions. Type ? for help on a question, back to go back to the previous one.");
        Intake intake = new Intake(ruleSet, prompter, style, plain ? Mode.ACCESSIBLE : Mode.STANDARD);
        Thread onStop = new Thread(() -> stoppedBySignal(intake.answersSoFar()), "questionnaire-stopped");
        Runtime.getRuntime().addShutdownHook(onStop);
        Ending ending;
        try {
            ending = intake.run(start);
        } finally {
            removeHook(onStop);
        }
        save(ending);
        if (ending instanceof Ending.Emergency emergency) {
            prompter.say(style.red("Stopping here: your answer means you need emergency care now."));
            return result(TextReport.render(emergency.result(), ruleSet, style, false));
        }
        if (ending instanceof Ending.Finished) {
            prompter.say("");
            return result(TextReport.render(Engine.evaluate(ruleSet, ending.answers()), ruleSet, style, false));
        }
        return stopped(ending);
    }

    private int result(String text) {
        console.out().print(text);
        console.out().flush();
        return ExitCode.OK.code();
    }

    private int stopped(Ending ending) {
        PrintWriter err = console.err();
        var waiting = ending instanceof Ending.Quit q ? q.waiting() : ((Ending.InputEnded) ending).waiting();
        String where = waiting.map(id -> " while question '" + id + "' was waiting for an answer ("
                + ruleSet.questionnaire().field(id).map(f -> f.prompt()).orElse("") + ")").orElse(" at the review");
        err.println("triage: " + (ending instanceof Ending.Quit ? "questionnaire stopped" : "the input ended")
                + where + "; nothing was recommended.");
        if (options.save != null) {
            err.println("  The answers so far are in " + options.save + "; to continue: triage --resume "
                    + options.save + " --save " + options.save);
        }
        err.flush();
        boolean cancelled = ending instanceof Ending.Quit || console.terminal();
        return (cancelled ? ExitCode.CANCELLED : ExitCode.INPUT_ENDED).code();
    }

    /**
     * The process is being stopped while the questionnaire runs: Ctrl-C when the input is not a
     * terminal, or in accessible mode (the JVM then exits with 130, CANCELLED), or another signal
     * such as the terminal closing. What was answered is saved, as when the questionnaire is quit.
     */
    private void stoppedBySignal(Answers answers) {
        PrintWriter err = console.err();
        err.println();
        err.println("triage: questionnaire stopped; nothing was recommended.");
        if (options.save != null) {
            try {
                Outputs.writeAtomically(options.save, AnswersFile.write(answers, ruleSet.questionnaire()));
                err.println("  The answers so far are in " + options.save + "; to continue: triage --resume "
                        + options.save + " --save " + options.save);
            } catch (UserError e) {
                e.problems().forEach(p -> err.println(p.render()));
            }
        }
        err.flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already stopping: the hook runs and saves
        }
    }

    private void save(Ending ending) {
        if (options.save != null) {
            Outputs.writeAtomically(options.save, AnswersFile.write(ending.answers(), ruleSet.questionnaire()));
        }
    }
}
