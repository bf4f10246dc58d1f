package org.triage.questionnaire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.triage.engine.Engine;
import org.triage.engine.Recommendation;
import org.triage.report.Style;
import org.triage.rules.Answers;
import org.triage.rules.Field;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * The questionnaire flow: the screening questions and consent first, then the rest in file order;
 * a follow-up only when its {@code ask_when} holds; then a review where answers can be changed.
 * An answer that means an emergency stops the questionnaire at once.
 */
public final class Intake {

    /** Asked first, with the screening questions, and like them it cannot be skipped. */
    static final String CONSENT = "consent";

    private final RuleSet ruleSet;
    private final Questionnaire questionnaire;
    private final Prompter prompter;
    private final Asker asker;
    private final Review review;
    private final List<Field> order;
    private final Set<String> skipped = new HashSet<>();
    private final Deque<String> history = new ArrayDeque<>();
    /** Read by another thread when the program is stopped mid-questionnaire (see {@link #answersSoFar()}). */
    private volatile Answers answers = Answers.NONE;

    public Intake(RuleSet ruleSet, Prompter prompter, Style style) {
        this(ruleSet, prompter, style, Mode.STANDARD);
    }

    public Intake(RuleSet ruleSet, Prompter prompter, Style style, Mode mode) {
        this.ruleSet = ruleSet;
        this.questionnaire = ruleSet.questionnaire();
        this.prompter = prompter;
        this.asker = new Asker(prompter, style, mode);
        this.review = new Review(prompter, style, mode);
        this.order = order(questionnaire);
    }

    /** The order questions are asked in: screening questions and consent, then the rest in file order. */
    public static List<Field> order(Questionnaire questionnaire) {
        return Stream.concat(questionnaire.fields().stream().filter(Intake::required),
                questionnaire.fields().stream().filter(f -> !required(f))).toList();
    }

    /** The answers given so far: safe to call from another thread while the questionnaire runs. */
    public Answers answersSoFar() {
        return answers;
    }

    /** Runs the questionnaire from {@code start} (answers already given), asking only what is missing. */
    public Ending run(Answers start) {
        answers = start;
        Optional<Ending> stop = emergency();
        while (stop.isEmpty()) {
            stop = askMissing();
            if (stop.isEmpty()) {
                stop = reviewOnce();
            }
        }
        return stop.get();
    }

    private Optional<Ending> askMissing() {
        for (Optional<Field> next = next(); next.isPresent(); next = next()) {
            Field field = next.get();
            Reply reply = asker.ask(field, required(field));
            if (reply instanceof Reply.Back) {
                back();
                continue;
            }
            Optional<Ending> stop = reply instanceof Reply.Interrupted ? quit(Optional.of(field.id())) : apply(field, reply);
            if (reply instanceof Reply.Interrupted && stop.isEmpty()) {
                continue;
            }
            if (stop.isPresent()) {
                return stop;
            }
            history.push(field.id());
        }
        return Optional.empty();
    }

    /** Records an answer or a skip; an ending when the answer means an emergency, or when the input ended. */
    private Optional<Ending> apply(Field field, Reply reply) {
        if (reply instanceof Reply.Given given) {
            answers = answers.with(field.id(), given.answer());
            skipped.remove(field.id());
            return field.screening() ? emergency() : Optional.empty();
        }
        if (reply instanceof Reply.Skipped) {
            answers = answers.without(field.id());
            skipped.add(field.id());
            return Optional.empty();
        }
        return Optional.of(new Ending.InputEnded(answers, Optional.of(field.id())));
    }

    private Optional<Ending> quit(Optional<String> waiting) {
        prompter.say("");
        return asker.confirm("Quit the questionnaire?") ? Optional.of(new Ending.Quit(answers, waiting)) : Optional.empty();
    }

    private void back() {
        if (history.isEmpty()) {
            prompter.say("This is the first question; there is nothing to go back to.");
            return;
        }
        String id = history.pop();
        answers = answers.without(id);
        skipped.remove(id);
    }

    private Optional<Ending> reviewOnce() {
        Review.Step step = review.show(order, answers, skipped);
        if (step instanceof Review.Step.Done) {
            return Optional.of(new Ending.Finished(answers));
        }
        if (step instanceof Review.Step.Interrupted) {
            return quit(Optional.empty());
        }
        if (step instanceof Review.Step.Ended) {
            return Optional.of(new Ending.InputEnded(answers, Optional.empty()));
        }
        return edit(((Review.Step.Edit) step).field());
    }

    /** Asks one question again; answers to follow-ups that no longer apply are dropped, and the person is told. */
    private Optional<Ending> edit(Field field) {
        Reply reply = asker.ask(field, required(field));
        if (reply instanceof Reply.Back) {
            return Optional.empty();
        }
        if (reply instanceof Reply.Interrupted) {
            return quit(Optional.of(field.id()));
        }
        Answers before = answers;
        Optional<Ending> stop = apply(field, reply);
        if (stop.isPresent()) {
            return stop;
        }
        answers = questionnaire.applicable(answers);
        List<Field> dropped = questionnaire.fields().stream()
                .filter(f -> before.has(f.id()) && !answers.has(f.id()) && !f.id().equals(field.id())).toList();
        skipped.removeIf(id -> questionnaire.field(id).filter(this::applies).isEmpty());
        if (!dropped.isEmpty()) {
            prompter.say("These questions no longer apply, so their answers were removed:");
            dropped.forEach(f -> prompter.say("  - " + f.prompt()));
        }
        return Optional.empty();
    }

    private Optional<Ending> emergency() {
        Recommendation result = Engine.evaluate(ruleSet, answers);
        boolean now = result.referral().filter(r -> r.urgency() == Urgency.EMERGENCY).isPresent();
        return now ? Optional.of(new Ending.Emergency(answers, result)) : Optional.empty();
    }

    private Optional<Field> next() {
        return order.stream()
                .filter(f -> !answers.has(f.id()) && !skipped.contains(f.id()) && applies(f))
                .findFirst();
    }

    private boolean applies(Field field) {
        return field.askWhen().map(c -> c.test(answers)).orElse(true);
    }

    static boolean required(Field field) {
        return field.screening() || field.id().equals(CONSENT);
    }
}
