package org.triage.questionnaire;

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
 * The answers are evaluated after every answer and every edit: when they mean an emergency the
 * questionnaire stops at once, whichever question the answer was to.
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

    /**
     * Runs the questionnaire from {@code start} (answers already given), asking only what is missing.
     * Answers in {@code start} to follow-up questions that do not apply are not used, and the person is told.
     */
    public Ending run(Answers start) {
        answers = questionnaire.applicable(start);
        tellDropped(start, "These answers do not apply to the other answers, so they were not used:", Optional.empty());
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
        for (Optional<Field> next = next(); next.isPresent(); ) {
            Field field = next.get();
            Reply reply = asker.ask(field, required(field), answers.get(field.id()), place(field));
            if (reply instanceof Reply.AnswersSoFar) {
                review.sayAnswersSoFar(order, answers, skipped);
                continue;
            }
            if (reply instanceof Reply.Back) {
                Optional<Field> previous = previous(field);
                if (previous.isEmpty()) {
                    prompter.say("This is the first question; there is nothing to go back to.");
                } else {
                    next = previous;
                }
                continue;
            }
            if (reply instanceof Reply.Interrupted) {
                Optional<Ending> stop = quit(Optional.of(field.id()));
                if (stop.isPresent()) {
                    return stop;
                }
                continue;
            }
            Optional<Ending> stop = answer(field, reply);
            if (stop.isPresent()) {
                return stop;
            }
            next = next();
        }
        return Optional.empty();
    }

    /**
     * The question before {@code field} in the question order, among those that apply and were answered
     * or skipped: what {@code back} returns to. Nothing is removed by going back.
     */
    private Optional<Field> previous(Field field) {
        Optional<Field> previous = Optional.empty();
        for (Field f : order) {
            if (f.id().equals(field.id())) {
                return previous;
            }
            if ((answers.has(f.id()) || skipped.contains(f.id())) && applies(f)) {
                previous = Optional.of(f);
            }
        }
        return previous;
    }

    /**
     * Records an answer or a skip, drops the answers to follow-up questions that no longer apply (and says which),
     * then evaluates: an ending when the answers now mean an emergency, or when the input ended.
     */
    private Optional<Ending> answer(Field field, Reply reply) {
        Answers before = answers;
        if (reply instanceof Reply.Given given) {
            answers = answers.with(field.id(), given.answer());
            skipped.remove(field.id());
        } else if (reply instanceof Reply.Skipped) {
            answers = answers.without(field.id());
            skipped.add(field.id());
        } else {
            return Optional.of(new Ending.InputEnded(answers, Optional.of(field.id())));
        }
        answers = questionnaire.applicable(answers);
        skipped.removeIf(id -> questionnaire.field(id).filter(this::applies).isEmpty());
        tellDropped(before, "These questions no longer apply, so their answers were removed:", Optional.of(field.id()));
        return emergency();
    }

    /** Tells which answers in {@code before}, other than to {@code changed}, are no longer among the answers. */
    private void tellDropped(Answers before, String heading, Optional<String> changed) {
        List<Field> dropped = questionnaire.fields().stream().filter(f -> before.has(f.id()) && !answers.has(f.id())
                && !changed.filter(f.id()::equals).isPresent()).toList();
        if (!dropped.isEmpty()) {
            prompter.say(heading);
            dropped.forEach(f -> prompter.say("  - " + f.prompt()));
        }
    }

    private Optional<Ending> quit(Optional<String> waiting) {
        prompter.say("");
        return asker.confirm("Quit the questionnaire?") ? Optional.of(new Ending.Quit(answers, waiting)) : Optional.empty();
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
        Reply reply = asker.ask(field, required(field), answers.get(field.id()), place(field));
        while (reply instanceof Reply.AnswersSoFar) {
            review.sayAnswersSoFar(order, answers, skipped);
            reply = asker.ask(field, required(field), answers.get(field.id()), place(field));
        }
        if (reply instanceof Reply.Back) {
            return Optional.empty();
        }
        if (reply instanceof Reply.Interrupted) {
            return quit(Optional.of(field.id()));
        }
        return answer(field, reply);
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

    /** The question's number among those that apply so far, in the order asked, and its part of the intake. */
    private Place place(Field field) {
        List<Field> applying = order.stream().filter(this::applies).toList();
        return new Place(applying.indexOf(field) + 1, applying.size(), field.section());
    }

    private boolean applies(Field field) {
        return field.askWhen().map(c -> c.test(answers)).orElse(true);
    }

    /** Whether the questionnaire insists on an answer: the screening questions and consent. */
    public static boolean required(Field field) {
        return field.screening() || field.id().equals(CONSENT);
    }
}
