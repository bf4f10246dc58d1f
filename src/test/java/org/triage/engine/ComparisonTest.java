package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triage.rules.Condition;
import org.triage.rules.Effects;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Technique;

/** Two versions of a rule set: what differs for an intake, and which rules are behind it. */
class ComparisonTest {

    private static final RuleSet SHIPPED = ShippedRules.get();

    private static final Intake EPILEPSY_NECK_KNOTS = Intake.baseline().with("conditions", "epilepsy")
            .with("goals", "pain_relief").with("pain_level", 4).with("pain_regions", "neck").with("symptom_weeks", 7)
            .with("symptoms", "trigger_points");

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
        // Only a precaution is lost, and precautions are not among what the diff compares.
        assertThat(Comparison.differ(before, after)).isFalse();
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
