package org.triage.questionnaire;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.triage.rules.Field;
import org.triage.rules.Questionnaire;

/** A prompter that replies from a script and records what was shown and which questions were asked. */
public final class ScriptedPrompter implements Prompter {

    /** Stands for Ctrl-C in a script. */
    public static final String CTRL_C = "\u0003";

    private final Deque<String> replies;
    private final Questionnaire questionnaire;
    private final List<String> shown = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private final List<String> prompts = new ArrayList<>();

    public ScriptedPrompter(Questionnaire questionnaire, String... replies) {
        this.questionnaire = questionnaire;
        this.replies = new ArrayDeque<>(List.of(replies));
    }

    @Override
    public void say(String text) {
        shown.add(text);
        String first = text.lines().findFirst().orElse("");
        questionnaire.fields().stream().filter(f -> f.prompt().equals(first)).map(Field::id).findFirst()
                .ifPresent(asked::add);
    }

    @Override
    public Input read(String prompt, List<String> choices) {
        prompts.add(prompt);
        String reply = replies.poll();
        if (reply == null) {
            return new Input.End();
        }
        return reply.equals(CTRL_C) ? new Input.Interrupt() : new Input.Line(reply);
    }

    /** The ids of the questions shown, in order (a question shown twice appears twice). */
    public List<String> asked() {
        return asked;
    }

    /** The prompts of the input lines, in order. */
    public List<String> prompts() {
        return prompts;
    }

    public String transcript() {
        return String.join("\n", shown);
    }

    public int unread() {
        return replies.size();
    }
}
