package org.triage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.triage.cli.widget.WidgetMode;
import org.triage.engine.Engine;
import org.triage.engine.Recommendation;
import org.triage.fhir.ResponseReader;
import org.triage.fhir.ResponseWriter;
import org.triage.problem.Location;
import org.triage.problem.Problem;
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
import org.triage.rules.Clinic;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/** Runs the questionnaire for {@code triage} and {@code triage ask}: picks the prompter, saves, prints the result. */
final class Questioning {

    /** How long a signal waits for a run that is already ending to finish printing and saving. */
    private static final long HOOK_WAIT_SECONDS = 10;

    private final Console console;
    private final AskOptions options;
    private final RuleSet ruleSet;
    private final boolean plain;
    private final Clinic clinic;

    private Questioning(Console console, AskOptions options, RuleSet ruleSet, boolean plain, Clinic clinic) {
        this.console = console;
        this.options = options;
        this.ruleSet = ruleSet;
        this.plain = plain;
        this.clinic = clinic;
    }

    static int run(Console console, CommonOptions common, AskOptions options) {
        String accessible = console.env().get("ACCESSIBLE");
        boolean plain = options.accessible || (accessible != null && !accessible.isEmpty());
        // The terminal is set up first, while the built-in rule set loads on another thread (RuleSets.preload).
        // In accessible mode the terminal's own line editing is used: nothing is redrawn.
        JLinePrompter terminal = console.terminal() && !plain ? terminal() : null;
        try {
            checkSaveTarget(options.save);
            if (options.fhir && options.save == null) {
                throw new UserError(ExitCode.USAGE, Problem.error(Location.of("--fhir"), "--fhir says how to save the"
                        + " answers, and nothing is saved", "add --save FILE, e.g. triage ask --save intake.json --fhir"));
            }
            Questioning q = new Questioning(console, options, RuleSets.load(common.rules), plain,
                    Clinics.load(options.clinic, common.rules));
            Answers start = q.resumed();
            boolean widgets = WidgetMode.wanted(plain, console.terminal(), console.env());
            return q.ask(terminal != null ? terminal.drawing(widgets)
                    : new LinePrompter(console.in(), console.out(), console.terminal()), start);
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
        String text = Inputs.read(options.resume, console.in());
        Answers answers = ResponseReader.isFhir(text)
                ? new ResponseReader(ruleSet, options.ignoreQuestionnaireVersion, problems).read(options.resume, text, 0).answers()
                : AnswersFile.read(options.resume, text, ruleSet.questionnaire(), problems);
        if (problems.hasErrors()) {
            throw new UserError(ExitCode.INVALID_INPUT, problems.inOrder());
        }
        problems.inOrder().forEach(p -> console.err().println(p.render()));
        console.err().flush();
        return answers;
    }

    private int ask(Prompter prompter, Answers start) {
        Style style = new Style(console.colour() && !plain);
        prompter.say("Intake questions. Type ? for help on a question, back to go back to the previous one.");
        Intake intake = new Intake(ruleSet, prompter, style, plain ? Mode.ACCESSIBLE : Mode.STANDARD);
        // Whichever comes first, the questionnaire's own ending or a signal stopping the process, ends the
        // run: it alone prints and saves. A signal that comes later waits for that to finish, so that the
        // process is not halted half-way through a save.
        AtomicBoolean ending = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        Thread onStop = new Thread(() -> {
            if (ending.compareAndSet(false, true)) {
                stoppedBySignal(intake.answersSoFar(), style);
            } else {
                awaitQuietly(ended);
            }
        }, "questionnaire-stopped");
        Runtime.getRuntime().addShutdownHook(onStop);
        Ending end;
        try {
            end = intake.run(start);
        } catch (RuntimeException | Error e) {
            if (ending.compareAndSet(false, true)) {
                ended.countDown();
                removeHook(onStop);
            }
            throw e;
        }
        if (!ending.compareAndSet(false, true)) {
            // the process is stopping and the hook prints and saves; the process ends when it is done
            awaitQuietly(new CountDownLatch(1));
            return ExitCode.CANCELLED.code();
        }
        try {
            return finish(prompter, end, style);
        } finally {
            ended.countDown();
            removeHook(onStop);
        }
    }

    /** Prints the result first, so that a failing save cannot hide it; then saves. */
    private int finish(Prompter prompter, Ending ending, Style style) {
        if (ending instanceof Ending.Emergency emergency) {
            prompter.say(style.red("Stopping here: your answers mean you need emergency care now."));
            print(TextReport.render(emergency.result(), ruleSet, style, false));
            save(ending);
            return ExitCode.OK.code();
        }
        if (ending instanceof Ending.Finished) {
            prompter.say("");
            Recommendation result = Engine.evaluate(ruleSet, ending.answers());
            print(TextReport.render(result, ruleSet, style, false));
            save(ending);
            offerSummary(prompter, result);
            return ExitCode.OK.code();
        }
        boolean referred = referralSoFar(ending.answers(), style);
        save(ending);
        return stopped(ending, referred);
    }

    /** On a terminal, the offer to write the client summary; a script's input holds the answers alone. */
    private void offerSummary(Prompter prompter, Recommendation result) {
        if (console.terminal()) {
            SummaryOffer.offer(prompter, result, ruleSet, clinic);
        }
    }

    private void print(String text) {
        console.out().print(text);
        console.out().flush();
    }

    /**
     * When the answers so far already mean a referral (emergency or urgent), prints it: the questionnaire
     * stopped early, but what to do first is known. True when a referral was printed.
     */
    private boolean referralSoFar(Answers answers, Style style) {
        Recommendation result = Engine.evaluate(ruleSet, answers);
        boolean referral = result.referral()
                .filter(r -> r.urgency() == Urgency.EMERGENCY || r.urgency() == Urgency.URGENT).isPresent();
        if (referral) {
            console.out().println();
            console.out().println(style.red("The answers so far already mean a referral:"));
            print(TextReport.render(result, ruleSet, style, false));
        }
        return referral;
    }

    private int stopped(Ending ending, boolean referred) {
        PrintWriter err = console.err();
        var waiting = ending instanceof Ending.Quit q ? q.waiting() : ((Ending.InputEnded) ending).waiting();
        String where = waiting.map(id -> " while question '" + id + "' was waiting for an answer ("
                + ruleSet.questionnaire().field(id).map(f -> f.prompt()).orElse("") + ")").orElse(" at the review");
        err.println("triage: " + (ending instanceof Ending.Quit ? "questionnaire stopped" : "the input ended")
                + where + "; " + nothing(referred));
        if (options.save != null) {
            err.println("  The answers so far are in " + options.save + "; to continue: triage --resume "
                    + options.save + " --save " + options.save + (options.fhir ? " --fhir" : ""));
        }
        err.flush();
        boolean cancelled = ending instanceof Ending.Quit || console.terminal();
        return (cancelled ? ExitCode.CANCELLED : ExitCode.INPUT_ENDED).code();
    }

    private static String nothing(boolean referred) {
        return referred ? "no treatment was recommended: follow the referral above first." : "nothing was recommended.";
    }

    /**
     * The process is being stopped while the questionnaire runs: Ctrl-C when the input is not a
     * terminal, or in accessible mode (the JVM then exits with 130, CANCELLED), or another signal
     * such as the terminal closing. A referral the answers already mean is printed, and what was
     * answered is saved, as when the questionnaire is quit.
     */
    private void stoppedBySignal(Answers answers, Style style) {
        PrintWriter err = console.err();
        boolean referred = referralSoFar(answers, style);
        err.println();
        err.println("triage: questionnaire stopped; " + nothing(referred));
        if (options.save != null) {
            try {
                Outputs.writeAtomically(options.save, saved(answers));
                err.println("  The answers so far are in " + options.save + "; to continue: triage --resume "
                        + options.save + " --save " + options.save + (options.fhir ? " --fhir" : ""));
            } catch (UserError e) {
                e.problems().forEach(p -> err.println(p.render()));
            }
        }
        err.flush();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already stopping; the run has printed and saved
        }
    }

    private void save(Ending ending) {
        if (options.save != null) {
            Outputs.writeAtomically(options.save, saved(ending.answers()));
        }
    }

    /** The answers as --save writes them: an answers file, or with --fhir a QuestionnaireResponse. */
    private String saved(Answers answers) {
        return options.fhir ? ResponseWriter.write(answers, ruleSet) : AnswersFile.write(answers, ruleSet.questionnaire());
    }

    /** The room a save needs at the least: a saved intake takes a few kilobytes. */
    private static final long SAVE_ROOM = 64 * 1024;

    private static long usableBytes(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // not known: the save itself will say
        }
    }

    /**
     * Whether a file can be made in {@code folder}, as the save will make its part file there: the permission bits
     * alone do not tell (a read-only mount, or rights that only the file system knows).
     */
    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, ".triage-save-", ".probe"));
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * Fails before any question when {@code --save} cannot be written: its folder is missing or not
     * writable, or it names a folder.
     */
    static void checkSaveTarget(Path save) {
        if (save == null) {
            return;
        }
        Path folder = save.toAbsolutePath().getParent();
        String problem = null;
        if (Files.isDirectory(save)) {
            problem = "--save names a folder, not a file";
        } else if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            problem = "cannot save the answers here: " + folder + " is a file, not a folder";
        } else if (folder == null || !Files.isDirectory(folder)) {
            problem = "cannot save the answers here: the folder " + folder + " does not exist";
        } else if (!Files.isWritable(folder) || !canCreateIn(folder)) {
            problem = "cannot save the answers here: the folder " + folder + " is not writable";
        } else if (usableBytes(folder) < SAVE_ROOM) {
            problem = "cannot save the answers here: the disk of the folder " + folder + " is full";
        }
        if (problem != null) {
            throw new UserError(ExitCode.UNREADABLE, Problem.error(Location.of(save.toString()), problem,
                    problem.endsWith(" is full") ? "free some space on that disk, or save to a folder on another one"
                            : "choose a file in a folder that exists and that you may write to"));
        }
    }
}
