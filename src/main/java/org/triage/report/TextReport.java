package org.triage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.triage.engine.Firing;
import org.triage.engine.PrecautionResult;
import org.triage.engine.Reason;
import org.triage.engine.Recommendation;
import org.triage.engine.Referral;
import org.triage.engine.TechniqueResult;
import org.triage.engine.WhatIf;
import org.triage.rules.Answer;
import org.triage.rules.Approach;
import org.triage.rules.Effects;
import org.triage.rules.Field;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/** The result in plain words: a referral first and alone; otherwise approach, techniques, exclusions, precautions. */
public final class TextReport {

    /** Answers to follow-ups that do not apply, said in every format: one may show a mistake in another answer. */
    public static final String NOT_USED = "Answers not used, as their questions do not apply to the other answers: ";
    public static final String CHECK_NOT_USED = "Check them with the client: one may show a mistake in another answer.";

    static final String DISCLAIMER = "This is not a diagnosis. A licensed clinician confirms this recommendation "
            + "before any treatment.";

    private final RuleSet ruleSet;
    private final Style style;
    private final List<String> lines = new ArrayList<>();

    private TextReport(RuleSet ruleSet, Style style) {
        this.ruleSet = ruleSet;
        this.style = style;
    }

    public static String render(Recommendation r, RuleSet ruleSet, Style style, boolean explain) {
        return render(r, ruleSet, style, explain, List.of());
    }

    /** With {@code explain}, also the single-answer changes that would change the outcome. */
    public static String render(Recommendation r, RuleSet ruleSet, Style style, boolean explain,
                                List<WhatIf.Change> whatIf) {
        TextReport t = new TextReport(ruleSet, style);
        r.clientId().ifPresent(id -> t.lines.add("Client: " + id));
        switch (r.outcome()) {
            case REFER -> t.referral(r);
            case INCOMPLETE -> t.incomplete(r);
            case MASSAGE, STM -> t.recommendation(r);
        }
        if (!r.ignored().isEmpty()) {
            // an answer given but not used may show a mistake in another answer: said always, not only with --explain
            t.lines.add("");
            t.lines.add(style.yellow(NOT_USED + String.join(", ", r.ignored())));
            t.lines.add("  " + CHECK_NOT_USED);
        }
        if (explain) {
            t.explain(r);
            t.whatIf(whatIf);
        }
        t.lines.add("");
        t.lines.add(DISCLAIMER);
        t.lines.add(style.dim("Rule set " + r.rulesetVersion() + " (sha256 " + r.rulesetSha256().substring(0, 12) + ")"));
        return String.join(System.lineSeparator(), t.lines) + System.lineSeparator();
    }

    /**
     * The referral and its reasons; then those of the less urgent referral rules that fired too, for the
     * physician; then that every technique is ruled out until then.
     */
    private void referral(Recommendation r) {
        Referral referral = r.referral().orElseThrow();
        List<String> missing = r.missing();
        lines.add(style.red("SEE A PHYSICIAN FIRST (" + referral.urgency().id().toUpperCase(java.util.Locale.ROOT) + ")"));
        lines.add(style.bold(referral.urgency().action()));
        lines.add("");
        lines.add("Why:");
        referral.because().forEach(reason -> lines.add("  - " + reason.text()));
        if (!referral.also().isEmpty()) {
            lines.add("");
            lines.add("Also for the physician (on its own, each of these would mean a less urgent referral):");
            referral.also().forEach(a -> lines.add("  - [" + a.urgency().id() + "] " + a.reason().text()));
        }
        if (!r.excluded().isEmpty()) {
            lines.add("");
            lines.add(style.yellow("Ruled out until a physician has seen the client: every technique ("
                    + r.excluded().stream().map(t -> t.technique().name()).collect(Collectors.joining(", ")) + ")."));
        }
        if (!missing.isEmpty() && referral.urgency() != Urgency.EMERGENCY) {
            lines.add("");
            lines.add(style.yellow("Not yet answered (tell the physician, or answer them for a full triage):"));
            missing.forEach(id -> lines.add("  - " + id + ": "
                    + ruleSet.questionnaire().field(id).map(Field::prompt).orElse("")));
        }
    }

    private void incomplete(Recommendation r) {
        lines.add(style.yellow("NO RECOMMENDATION YET: some screening questions are not answered."));
        lines.add("");
        lines.add("Still to answer:");
        for (String id : r.missing()) {
            String prompt = ruleSet.questionnaire().field(id).map(Field::prompt).orElse("");
            lines.add("  - " + id + ": " + prompt);
        }
        lines.add("");
        lines.add("No treatment is recommended until these are answered ('none' is an answer).");
    }

    private void recommendation(Recommendation r) {
        Approach approach = r.outcome() == Outcome.MASSAGE ? Approach.MASSAGE : Approach.STM;
        lines.add(style.bold("Recommended approach: " + approach.title()));
        lines.add("  Scores: massage " + r.score(Approach.MASSAGE) + ", stm " + r.score(Approach.STM)
                + " (" + decisionRule() + ")");
        Set<String> why = new LinkedHashSet<>();
        r.fired().stream().map(Firing::rule).filter(rule -> rule.effects().score(approach) > 0)
                .forEach(rule -> why.add(rule.because()));
        if (!why.isEmpty()) {
            lines.add("  Why:");
            why.forEach(text -> lines.add("    - " + text));
        }
        lines.add("");
        lines.add(style.green("Techniques that fit:"));
        if (r.techniques().isEmpty()) {
            lines.add("  (none for now: every technique this approach would use is ruled out or not indicated;"
                    + " the clinician decides)");
        }
        techniques(r.techniques(), why);
        if (!r.excluded().isEmpty()) {
            lines.add("");
            lines.add(style.yellow("Ruled out:"));
            techniques(r.excluded(), Set.of());
        }
        if (!r.precautions().isEmpty()) {
            lines.add("");
            lines.add(style.bold("Precautions for the clinician:"));
            Map<String, List<String>> byNote = new LinkedHashMap<>();
            for (PrecautionResult p : r.precautions()) {
                byNote.computeIfAbsent(p.note(), k -> new ArrayList<>()).add(name(p.technique()));
            }
            byNote.forEach((note, names) -> lines.add("  - " + String.join(", ", names) + ": " + note));
        }
    }

    private String decisionRule() {
        var d = ruleSet.decision();
        return "the higher score wins when it leads by at least " + d.margin() + (d.margin() == 1 ? " point" : " points")
                + "; otherwise " + d.tieBreaker().id();
    }

    /** Each technique with its reasons, leaving out those already given for the approach. */
    private void techniques(List<TechniqueResult> list, Set<String> alreadyGiven) {
        for (TechniqueResult t : list) {
            lines.add("  * " + t.technique().name());
            List<String> own = t.because().stream().map(Reason::text).filter(text -> !alreadyGiven.contains(text)).toList();
            if (own.isEmpty()) {
                lines.add("      - for the reasons above");
            }
            own.forEach(text -> lines.add("      - " + text));
        }
    }

    private String name(String techniqueId) {
        return ruleSet.technique(techniqueId).map(t -> t.name()).orElse(techniqueId);
    }

    private void explain(Recommendation r) {
        lines.add("");
        lines.add(style.bold("Rules that fired (" + r.fired().size() + "):"));
        for (Firing f : r.fired()) {
            lines.add("  " + f.rule().id() + "  [" + String.join(", ", f.rule().sources()) + "]");
            lines.add("      " + f.rule().description());
            lines.add("      answers: " + answers(f.answers()));
            lines.add("      effect:  " + effect(f.rule().effects()));
        }
    }

    private void whatIf(List<WhatIf.Change> changes) {
        lines.add("");
        lines.add(style.bold("What would change this (one answer at a time):"));
        lines.addAll(WhatIfText.lines(changes, ruleSet));
    }

    private static String answers(Map<String, Answer> answers) {
        if (answers.isEmpty()) {
            return "(none: the rule fires on unanswered questions)";
        }
        return answers.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue().display())
                .collect(Collectors.joining(", "));
    }

    private static String effect(Effects e) {
        List<String> parts = new ArrayList<>();
        e.refer().ifPresent(u -> parts.add("refer " + u.id()));
        for (Approach a : Approach.values()) {
            if (e.scores().containsKey(a)) {
                parts.add(a.id() + " " + (e.score(a) >= 0 ? "+" : "") + e.score(a));
            }
        }
        if (!e.recommend().isEmpty()) {
            parts.add("recommends " + String.join(", ", e.recommend()));
        }
        if (!e.exclude().isEmpty()) {
            parts.add("excludes " + String.join(", ", e.exclude()));
        }
        e.precautions().forEach(p -> parts.add("precaution on " + String.join(", ", p.techniques())));
        return String.join("; ", parts);
    }
}
