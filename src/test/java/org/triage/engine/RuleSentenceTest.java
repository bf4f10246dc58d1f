package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.triage.rules.Approach;
import org.triage.rules.Effects;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * Every client-facing sentence ({@code because}) of the shipped rules, rendered next to the rule's tier and
 * effects, is checked for the contradictions a reader would notice: tier words that are not the tier's (an
 * urgent sentence saying "soon", a routine one saying "today"), and a promise of hands-on work in a sentence
 * that is shown whatever is ruled out. A failure lists the offending rows of that table.
 */
class RuleSentenceTest {

    /** The techniques done with the hands, an instrument or a needle (everything but assessment and exercise). */
    private static final List<String> HANDS_ON = List.of("effleurage", "kneading", "rhythmic_strokes", "iastm",
            "active_release", "dry_needling");
    /** Words that name a hands-on technique or hands-on work. */
    private static final Pattern NAMES_HANDS_ON = Pattern.compile(
            "hands-on|instrument|graston|active release|needl|gliding|kneading|tapping|strokes", Pattern.CASE_INSENSITIVE);
    /** Phrases that promise hands-on work will be done. */
    private static final Pattern PROMISES_HANDS_ON = Pattern.compile(
            "(treat|loosen|free) (it|them|you)? ?with hands-on|hands-on work and exercise|with hands-on (work|techniques)",
            Pattern.CASE_INSENSITIVE);

    private final RuleSet rules = ShippedRules.get();

    @Test
    void everyEmergencySentenceSaysEmergency() {
        assertNoRow(rule -> tier(rule) == Urgency.EMERGENCY && !says(rule, "emergency"),
                "an emergency rule whose sentence does not say emergency");
    }

    @Test
    void everyUrgentSentenceSaysTodayAndNeitherEmergencyNorSoonNorIfNeeded() {
        assertNoRow(rule -> tier(rule) == Urgency.URGENT
                        && (!says(rule, "today") || says(rule, "emergency") || says(rule, "soon") || says(rule, "if needed")),
                "an urgent rule (see a physician today) whose sentence says another tier's words");
    }

    @Test
    void everyRoutineSentenceSaysBeforeHandsOnTreatmentAndNotToday() {
        assertNoRow(rule -> tier(rule) == Urgency.ROUTINE
                        && (!says(rule, "hands-on") || !(says(rule, "doctor") || says(rule, "physician"))
                        || says(rule, "today") || says(rule, "emergency") || says(rule, " now") || says(rule, "if needed")),
                "a routine rule (see a physician before any hands-on treatment) whose sentence says otherwise");
    }

    @Test
    void aSentenceWithoutAReferralSaysNothingOfOne() {
        assertNoRow(rule -> tier(rule) == null && (says(rule, "emergency") || says(rule, "doctor should check")),
                "a rule that does not refer but whose sentence sends the client to a doctor");
    }

    /** A rule with points is the reason for the approach whatever is excluded, so it cannot name a technique. */
    @Test
    void noSentenceOfARuleWithPointsNamesAHandsOnTechnique() {
        assertNoRow(rule -> hasPoints(rule.effects()) && NAMES_HANDS_ON.matcher(rule.because()).find(),
                "a rule with points whose sentence names hands-on work, shown even when every hands-on technique is excluded");
    }

    @Test
    void noSentencePromisesHandsOnWork() {
        assertNoRow(rule -> PROMISES_HANDS_ON.matcher(rule.because()).find(),
                "a sentence that promises hands-on work, which another rule may rule out");
    }

    /** A rule that excludes every hands-on technique cannot say that one is used. */
    @Test
    void aRuleThatExcludesEveryHandsOnTechniqueDoesNotSayOneIsUsed() {
        assertNoRow(rule -> rule.effects().exclude().containsAll(HANDS_ON)
                        && Pattern.compile("(only|gentle|light) [a-z -]*(strokes|hands-on work) (is|are) used",
                        Pattern.CASE_INSENSITIVE).matcher(rule.because()).find(),
                "a rule that excludes every hands-on technique but says one is used");
    }

    /** The sentences agree with injury_days_ago counting 0 as today: no rule on the first 72 hours says "3 days". */
    @Test
    void noSentenceCountsTheFirst72HoursAsThreeDaysOld() {
        assertNoRow(rule -> says(rule, "first 3 days") || says(rule, "less than 3 days"),
                "a sentence on the first 72 hours that reads as days 0 to 3");
    }

    @Test
    void theTableCoversEveryRule() {
        assertThat(table(rule -> true)).hasSize(rules.rules().size());
    }

    private void assertNoRow(Predicate<Rule> contradiction, String what) {
        assertThat(table(contradiction)).as(what).isEmpty();
    }

    /** The rows (id | tier | effects | sentence) of the rules that match. */
    private List<String> table(Predicate<Rule> matching) {
        List<String> rows = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            if (matching.test(rule)) {
                Urgency tier = tier(rule);
                rows.add(rule.id() + " | " + (tier == null ? "-" : tier.id()) + " | " + effects(rule.effects())
                        + " | " + rule.because());
            }
        }
        return rows;
    }

    private static Urgency tier(Rule rule) {
        return rule.effects().refer().orElse(null);
    }

    private static boolean says(Rule rule, String words) {
        return rule.because().toLowerCase(Locale.ROOT).contains(words);
    }

    private static boolean hasPoints(Effects e) {
        for (Approach a : Approach.values()) {
            if (e.score(a) != 0) {
                return true;
            }
        }
        return false;
    }

    private static String effects(Effects e) {
        List<String> parts = new ArrayList<>();
        e.refer().ifPresent(u -> parts.add("refer " + u.id()));
        e.scores().forEach((a, points) -> parts.add(a.id() + " " + points));
        if (!e.recommend().isEmpty()) {
            parts.add("recommends " + e.recommend());
        }
        if (!e.exclude().isEmpty()) {
            parts.add("excludes " + e.exclude());
        }
        if (!e.precautions().isEmpty()) {
            parts.add("precautions");
        }
        return String.join("; ", parts);
    }
}
