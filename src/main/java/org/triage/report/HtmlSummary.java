package org.triage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.triage.engine.Firing;
import org.triage.engine.PrecautionResult;
import org.triage.engine.Reason;
import org.triage.engine.Recommendation;
import org.triage.engine.Referral;
import org.triage.engine.TechniqueResult;
import org.triage.rules.Approach;
import org.triage.rules.Clinic;
import org.triage.rules.Field;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * The one-page client summary to hand over: a referral in a box at the top when there is one; otherwise the
 * approach and why, what the session will involve, what is ruled out and why; always the not-a-diagnosis line and
 * the rule set's version. Built from the same result as the text report, in the client's words.
 */
public final class HtmlSummary {

    private final RuleSet ruleSet;
    private final Html page = new Html();

    private HtmlSummary(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public static String render(Recommendation r, RuleSet ruleSet, Clinic clinic) {
        HtmlSummary s = new HtmlSummary(ruleSet);
        s.page.raw("<main class=\"sheet\">\n");
        s.letterhead(clinic, r);
        switch (r.outcome()) {
            case REFER -> s.referral(r);
            case INCOMPLETE -> s.incomplete(r);
            case MASSAGE, STM -> s.recommendation(r);
        }
        s.page.raw("<footer>\n").element("p class=\"disclaimer\"", TextReport.DISCLAIMER)
                .element("p class=\"ruleset\"", "Rule set " + r.rulesetVersion() + " (sha256 "
                        + r.rulesetSha256().substring(0, 12) + ")")
                .raw("</footer>\n</main>\n");
        return s.page.page("Triage summary" + (clinic.name().isEmpty() ? "" : " - " + clinic.name()),
                SummaryStyle.css(clinic.paper()), SummaryStyle.density(s.page.textLength()));
    }

    private void letterhead(Clinic clinic, Recommendation r) {
        page.raw("<header>\n");
        if (!clinic.name().isEmpty()) {
            page.element("p class=\"clinic\"", clinic.name());
            String contact = Stream.of(clinic.address(), clinic.phone(), clinic.email())
                    .flatMap(Optional::stream).map(s -> s.replaceAll("\\s*\\n\\s*", ", "))
                    .collect(Collectors.joining("  \u00b7  "));
            if (!contact.isEmpty()) {
                page.element("p class=\"contact\"", contact);
            }
        }
        page.element("h1", "Your triage summary");
        page.raw("<p class=\"fill\">").text(r.clientId().map(id -> "Client: " + id).orElse("Client: "))
                .raw("<span class=\"line\"></span>Date:<span class=\"line\"></span>Clinician:<span class=\"line\"></span></p>\n")
                .raw("</header>\n");
    }

    private void referral(Recommendation r) {
        Referral referral = r.referral().orElseThrow();
        page.raw("<section class=\"referral " + referral.urgency().id() + "\">\n")
                .element("h2", "See a physician first (" + referral.urgency().id().toUpperCase(Locale.ROOT) + ")")
                .element("p class=\"action\"", referral.urgency().action())
                .element("h3", "Why");
        list(referral.because().stream().map(Reason::text).toList());
        if (!referral.also().isEmpty()) {
            page.element("h3", "Also for the physician (on its own, each of these would mean a less urgent referral)");
            list(referral.also().stream().map(a -> "[" + a.urgency().id() + "] " + a.reason().text()).toList());
        }
        page.raw("</section>\n<section>\n").element("h2", "What happens now")
                .element("p", "No treatment until a physician has seen you. Every technique is ruled out until then: "
                        + r.excluded().stream().map(t -> t.technique().name()).collect(Collectors.joining(", ")) + ".")
                .raw("</section>\n");
        if (!r.missing().isEmpty() && referral.urgency() != Urgency.EMERGENCY) {
            unanswered("Not yet answered (tell the physician, or answer them for a full triage)", r.missing());
        }
    }

    private void incomplete(Recommendation r) {
        page.raw("<section class=\"notice\">\n").element("h2", "No recommendation yet")
                .element("p", "Some screening questions are not answered. No treatment is recommended until they are"
                        + " ('none of these' is an answer).")
                .raw("</section>\n");
        unanswered("Still to answer", r.missing());
    }

    private void unanswered(String title, List<String> ids) {
        page.raw("<section>\n").element("h2", title);
        list(ids.stream().map(id -> ruleSet.questionnaire().field(id).map(Field::prompt).orElse(id)).toList());
        page.raw("</section>\n");
    }

    private void recommendation(Recommendation r) {
        Approach approach = r.outcome() == Outcome.MASSAGE ? Approach.MASSAGE : Approach.STM;
        Set<String> why = new LinkedHashSet<>();
        r.fired().stream().map(Firing::rule).filter(rule -> rule.effects().score(approach) > 0)
                .forEach(rule -> why.add(rule.because()));
        page.raw("<section class=\"approach\">\n").element("h2", "The approach: " + approach.title())
                .element("p", about(approach));
        if (!why.isEmpty()) {
            page.element("h3", "Why");
            list(List.copyOf(why));
        }
        page.raw("</section>\n<section>\n").element("h2", "What the session will involve");
        if (r.techniques().isEmpty()) {
            page.element("p", "Your clinician decides the techniques with you: every technique this approach would"
                    + " use is ruled out or not indicated for now.");
        }
        techniques(r.techniques(), why);
        page.raw("</section>\n");
        if (!r.excluded().isEmpty()) {
            page.raw("<section class=\"excluded\">\n").element("h2", "Ruled out, and why");
            byReason(r.excluded());
            page.raw("</section>\n");
        }
        precautions(r.precautions());
    }

    /** What the approach is, in the product's words (brief sections 1 and 2). */
    private static String about(Approach approach) {
        return approach == Approach.MASSAGE
                ? "Hands-on massage for relaxation, stress relief, general wellbeing, circulation and overall muscle"
                        + " tension."
                : "A clinical physical-therapy treatment for pain, limited movement, injury recovery, scar tissue and"
                        + " persistent tightness, always with an assessment of how you move and exercises to do.";
    }

    /** Each technique with its reasons, leaving out those already given for the approach. */
    private void techniques(List<TechniqueResult> list, Set<String> alreadyGiven) {
        page.raw("<ul class=\"techniques\">\n");
        for (TechniqueResult t : list) {
            List<String> own = t.because().stream().map(Reason::text).filter(x -> !alreadyGiven.contains(x)).toList();
            page.raw("<li>").element("strong", t.technique().name());
            page.text(own.isEmpty() ? "For the reasons above." : String.join(" ", own)).raw("</li>\n");
        }
        page.raw("</ul>\n");
    }

    /**
     * Each reason once, after the techniques it rules out: one contraindication often rules out several, and a
     * client reads it once.
     */
    private void byReason(List<TechniqueResult> excluded) {
        Map<String, List<String>> techniquesByReason = new LinkedHashMap<>();
        for (TechniqueResult t : excluded) {
            t.because().forEach(reason -> techniquesByReason.computeIfAbsent(reason.text(),
                    k -> new ArrayList<>()).add(t.technique().name()));
        }
        page.raw("<ul class=\"techniques\">\n");
        techniquesByReason.forEach((reason, names) -> page.raw("<li>").element("strong", String.join(", ", names))
                .text(reason).raw("</li>\n"));
        page.raw("</ul>\n");
    }

    private void precautions(List<PrecautionResult> precautions) {
        if (precautions.isEmpty()) {
            return;
        }
        page.raw("<section class=\"precautions\">\n").element("h2", "What your clinician will take care with");
        Map<String, List<String>> byNote = new LinkedHashMap<>();
        for (PrecautionResult p : precautions) {
            byNote.computeIfAbsent(p.note(), k -> new ArrayList<>())
                    .add(ruleSet.technique(p.technique()).map(t -> t.name()).orElse(p.technique()));
        }
        list(byNote.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey()).toList());
        page.raw("</section>\n");
    }

    private void list(List<String> items) {
        page.raw("<ul>\n");
        items.forEach(item -> page.element("li", item));
        page.raw("</ul>\n");
    }
}
