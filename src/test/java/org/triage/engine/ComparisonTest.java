package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triage.rules.Condition;
import org.triage.rules.Effects;
import org.triage.rules.Precaution;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Technique;

/** Two versions of a rule set: what differs for an intake, and which rules are behind it. */
class ComparisonTest {

    private static final RuleSet SHIPPED = ShippedRules.get();

    private static final Intake EPILEPSY_NECK_KNOTS = Intake.baseline().with("conditions", "epilepsy")
            .with("goals", "pain_relief").with("pain_level", 4).with("pain_regions", "neck").with("symptom_weeks", 7)
            .with("symptoms", "trigger_points");

    private static final Intake EPILEPSY_ON_BLOOD_THINNERS_STIFF_BACK = Intake.baseline()
            .with("conditions", "epilepsy", "anticoagulants").with("goals", "pain_relief", "mobility")
            .with("pain_level", 5).with("pain_regions", "upper_back").with("symptom_weeks", 20)
            .with("symptoms", "trigger_points", "stiffness");

    @Test
    void anAddedContraindicationIsTheRuleBehindTheChange() {
        RuleSet proposed = withRules(SHIPPED, plus(SHIPPED.rules(), epilepsyExcludesDryNeedling()));
        Comparison comparison = new Comparison(SHIPPED, proposed);

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers());
        Recommendation after = Engine.evaluate(proposed, EPILEPSY_NECK_KNOTS.answers());

        assertThat(Comparison.ids(before.techniques())).contains("dry_needling");
        assertThat(Comparison.ids(after.excluded())).containsExactly("dry_needling");
        assertThat(Comparison.differ(before, after)).isTrue();
        assertThat(comparison.responsible(before, after)).containsExactly(new Comparison.Responsible(
                "contra.epilepsy_no_dry_needling", Comparison.Fired.NEW_ONLY, Comparison.Status.ADDED));
        assertThat(comparison.added()).containsExactly("contra.epilepsy_no_dry_needling");
        assertThat(comparison.removed()).isEmpty();
        assertThat(comparison.edited()).isEmpty();
    }

    @Test
    void anIntakeTheNewRuleDoesNotConcernHasNoDifference() {
        RuleSet proposed = withRules(SHIPPED, plus(SHIPPED.rules(), epilepsyExcludesDryNeedling()));

        Recommendation before = Engine.evaluate(SHIPPED, Intake.baseline().answers());
        Recommendation after = Engine.evaluate(proposed, Intake.baseline().answers());

        assertThat(Comparison.differ(before, after)).isFalse();
    }

    @Test
    void rewordingARuleIsNoEditButChangingItsConditionIs() {
        Rule epilepsy = SHIPPED.rule("contra.epilepsy").orElseThrow();
        Rule reworded = new Rule(epilepsy.id(), "Reworded.", "Reworded for the client.", epilepsy.sources(),
                epilepsy.when(), epilepsy.effects(), epilepsy.location());
        Rule narrowed = new Rule(epilepsy.id(), epilepsy.description(), epilepsy.because(), epilepsy.sources(),
                new Condition.All(List.of(epilepsy.when(), SHIPPED.rule("contra.anticoagulants").orElseThrow().when())),
                epilepsy.effects(), epilepsy.location());

        assertThat(new Comparison(SHIPPED, withRules(SHIPPED, replace(SHIPPED.rules(), reworded))).edited()).isEmpty();
        Comparison edited = new Comparison(SHIPPED, withRules(SHIPPED, replace(SHIPPED.rules(), narrowed)));
        assertThat(edited.edited()).containsExactly("contra.epilepsy");
        assertThat(edited.status("contra.epilepsy")).isEqualTo(Comparison.Status.EDITED);
    }

    @Test
    void aRemovedRuleThatFiredBeforeIsNamedAsRemoved() {
        List<Rule> rules = new ArrayList<>(SHIPPED.rules());
        rules.removeIf(r -> r.id().equals("contra.epilepsy"));
        RuleSet proposed = withRules(SHIPPED, rules);
        Comparison comparison = new Comparison(SHIPPED, proposed);

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers());
        Recommendation after = Engine.evaluate(proposed, EPILEPSY_NECK_KNOTS.answers());

        assertThat(comparison.removed()).containsExactly("contra.epilepsy");
        // Only a precaution is lost: that is a difference of its own.
        assertThat(Comparison.outcomeOrTechniquesDiffer(before, after)).isFalse();
        assertThat(Comparison.precautionsDiffer(before, after)).isTrue();
        assertThat(Comparison.differ(before, after)).isTrue();
        assertThat(comparison.responsible(before, after)).containsExactly(new Comparison.Responsible(
                "contra.epilepsy", Comparison.Fired.OLD_ONLY, Comparison.Status.REMOVED));
    }

    @Test
    void techniquesListedInAnotherOrderGiveTheSameResult() {
        List<Technique> reversed = new ArrayList<>(SHIPPED.techniques());
        java.util.Collections.reverse(reversed);
        RuleSet reordered = new RuleSet(SHIPPED.version(), SHIPPED.content(), SHIPPED.decision(), reversed,
                SHIPPED.sources(), SHIPPED.questionnaire(), SHIPPED.rules(), SHIPPED.cases());

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers());
        Recommendation after = Engine.evaluate(reordered, EPILEPSY_NECK_KNOTS.answers());

        assertThat(Comparison.ids(after.techniques())).isNotEqualTo(Comparison.ids(before.techniques()));
        assertThat(Comparison.differ(before, after)).isFalse();
    }

    @Test
    void precautionsListedInAnotherOrderAreTheSamePrecautions() {
        List<Technique> reversed = new ArrayList<>(SHIPPED.techniques());
        java.util.Collections.reverse(reversed);
        RuleSet reordered = new RuleSet(SHIPPED.version(), SHIPPED.content(), SHIPPED.decision(), reversed,
                SHIPPED.sources(), SHIPPED.questionnaire(), SHIPPED.rules(), SHIPPED.cases());

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_ON_BLOOD_THINNERS_STIFF_BACK.answers());
        Recommendation after = Engine.evaluate(reordered, EPILEPSY_ON_BLOOD_THINNERS_STIFF_BACK.answers());

        assertThat(Comparison.cautioned(before)).hasSizeGreaterThan(1)
                .isNotEqualTo(Comparison.cautioned(after)).containsExactlyInAnyOrderElementsOf(Comparison.cautioned(after));
        assertThat(Comparison.precautionsDiffer(before, after)).isFalse();
        assertThat(Comparison.differ(before, after)).isFalse();
    }

    @Test
    void aRewordedPrecautionNoteIsADifferenceOfThePrecautionsAlone() {
        Rule epilepsy = SHIPPED.rule("contra.epilepsy").orElseThrow();
        Rule reworded = new Rule(epilepsy.id(), epilepsy.description(), epilepsy.because(), epilepsy.sources(),
                epilepsy.when(), precautionOnDryNeedling("Needle only lying down or fully reclined."), epilepsy.location());
        RuleSet proposed = withRules(SHIPPED, replace(SHIPPED.rules(), reworded));
        Comparison comparison = new Comparison(SHIPPED, proposed);

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers());
        Recommendation after = Engine.evaluate(proposed, EPILEPSY_NECK_KNOTS.answers());

        assertThat(Comparison.outcomeOrTechniquesDiffer(before, after)).isFalse();
        assertThat(Comparison.precautionsDiffer(before, after)).isTrue();
        assertThat(Comparison.differ(before, after)).isTrue();
        assertThat(Comparison.cautioned(after)).containsExactlyElementsOf(Comparison.cautioned(before));
        assertThat(Comparison.notesChanged(before, after)).isTrue();
        assertThat(Comparison.precautions(after))
                .contains(new Comparison.PrecautionNote("dry_needling", "Needle only lying down or fully reclined."));
        assertThat(comparison.responsible(before, after)).containsExactly(
                new Comparison.Responsible("contra.epilepsy", Comparison.Fired.BOTH, Comparison.Status.EDITED));
    }

    @Test
    void aPrecautionThatBecomesAnExclusionChangesTheExcludedAndThePrecautions() {
        Rule epilepsy = SHIPPED.rule("contra.epilepsy").orElseThrow();
        Rule excluding = new Rule(epilepsy.id(), epilepsy.description(), epilepsy.because(), epilepsy.sources(),
                epilepsy.when(), new Effects(Map.of(), List.of(), List.of("dry_needling"), List.of(), Optional.empty()),
                epilepsy.location());
        RuleSet proposed = withRules(SHIPPED, replace(SHIPPED.rules(), excluding));

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_ON_BLOOD_THINNERS_STIFF_BACK.answers());
        Recommendation after = Engine.evaluate(proposed, EPILEPSY_ON_BLOOD_THINNERS_STIFF_BACK.answers());

        assertThat(Comparison.ids(after.excluded())).contains("dry_needling");
        assertThat(Comparison.cautioned(before)).contains("dry_needling", "iastm");
        assertThat(Comparison.cautioned(after)).contains("iastm").doesNotContain("dry_needling");
        assertThat(Comparison.outcomeOrTechniquesDiffer(before, after)).isTrue();
        assertThat(Comparison.precautionsDiffer(before, after)).isTrue();
        // The techniques that keep their precautions keep their notes.
        assertThat(Comparison.notesChanged(before, after)).isFalse();
    }

    @Test
    void theSameNoteFromAnotherRuleIsTheSamePrecaution() {
        Rule epilepsy = SHIPPED.rule("contra.epilepsy").orElseThrow();
        Rule renamed = new Rule("contra.epilepsy_seizures", epilepsy.description(), epilepsy.because(),
                epilepsy.sources(), epilepsy.when(), epilepsy.effects(), epilepsy.location());
        List<Rule> rules = new ArrayList<>(SHIPPED.rules());
        rules.removeIf(r -> r.id().equals("contra.epilepsy"));
        RuleSet proposed = withRules(SHIPPED, plus(rules, renamed));

        Recommendation before = Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers());
        Recommendation after = Engine.evaluate(proposed, EPILEPSY_NECK_KNOTS.answers());

        assertThat(before.precautions()).isNotEqualTo(after.precautions()); // they name another rule
        assertThat(Comparison.precautionsDiffer(before, after)).isFalse();
        assertThat(Comparison.differ(before, after)).isFalse();
    }

    @Test
    void aNoteOnATechniqueThatIsNotGivenIsNoPrecaution() {
        Rule epilepsy = SHIPPED.rule("contra.epilepsy").orElseThrow();
        Rule another = new Rule("contra.epilepsy_position", "Needling lying down.", "Needling is done lying down.",
                epilepsy.sources(), epilepsy.when(), precautionOnDryNeedling("Needle only lying down."),
                epilepsy.location());
        RuleSet proposed = withRules(SHIPPED, plus(SHIPPED.rules(), another));
        Intake noNeedles = EPILEPSY_NECK_KNOTS.with("needles_ok", "no");

        Recommendation before = Engine.evaluate(SHIPPED, noNeedles.answers());
        Recommendation after = Engine.evaluate(proposed, noNeedles.answers());

        assertThat(Comparison.ids(after.excluded())).contains("dry_needling");
        assertThat(Comparison.precautionsDiffer(before, after)).isFalse();
        assertThat(Comparison.precautionsDiffer(Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers()),
                Engine.evaluate(proposed, EPILEPSY_NECK_KNOTS.answers()))).isTrue();
    }

    @Test
    void theTechniquesThatCarryPrecautionsAreEachNamedOnce() {
        Recommendation r = Engine.evaluate(SHIPPED, EPILEPSY_NECK_KNOTS.answers());

        assertThat(r.precautions().stream().filter(p -> p.technique().equals("dry_needling"))).hasSizeGreaterThan(1);
        assertThat(Comparison.cautioned(r)).containsOnlyOnce("dry_needling");
        assertThat(Comparison.precautions(r)).hasSameSizeAs(r.precautions());
    }

    private static Effects precautionOnDryNeedling(String note) {
        return new Effects(Map.of(), List.of(), List.of(), List.of(new Precaution(List.of("dry_needling"), note)),
                Optional.empty());
    }

    private static Rule epilepsyExcludesDryNeedling() {
        Rule epilepsy = SHIPPED.rule("contra.epilepsy").orElseThrow();
        return new Rule("contra.epilepsy_no_dry_needling", "Epilepsy excludes dry needling.",
                "With epilepsy, dry needling is not used.", epilepsy.sources(), epilepsy.when(),
                new Effects(Map.of(), List.of(), List.of("dry_needling"), List.of(), Optional.empty()),
                epilepsy.location());
    }

    private static List<Rule> plus(List<Rule> rules, Rule rule) {
        List<Rule> out = new ArrayList<>(rules);
        out.add(rule);
        return out;
    }

    private static List<Rule> replace(List<Rule> rules, Rule rule) {
        return rules.stream().map(r -> r.id().equals(rule.id()) ? rule : r).toList();
    }

    private static RuleSet withRules(RuleSet rs, List<Rule> rules) {
        return new RuleSet(rs.version(), rs.content(), rs.decision(), rs.techniques(), rs.sources(), rs.questionnaire(),
                rules, rs.cases());
    }
}
