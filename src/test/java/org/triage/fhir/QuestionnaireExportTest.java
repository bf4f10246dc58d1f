package org.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.Operator;
import org.triage.rules.RuleSet;

/** The exported Questionnaire: valid FHIR R4, and every question, option, range and follow-up in it. */
class QuestionnaireExportTest {

    private static Questionnaire exported() {
        return (Questionnaire) FhirCheck.parse(FhirCheck.questionnaire());
    }

    private static QuestionnaireItemComponent item(String linkId) {
        return exported().getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst().orElseThrow();
    }

    @Test
    void theExportedQuestionnaireValidatesAgainstFhirR4() {
        assertThat(FhirCheck.errors(FhirCheck.questionnaire())).isEmpty();
    }

    @Test
    void theValidatorFindsAnItemTypeThatFhirDoesNotHave() {
        String broken = FhirCheck.questionnaire().replaceFirst("\"type\": \"integer\"", "\"type\": \"whole_number\"");
        assertThat(FhirCheck.errors(broken)).isNotEmpty();
    }

    @Test
    void everyQuestionIsAnItemWithItsFieldIdAsLinkIdInQuestionOrder() {
        RuleSet rules = FhirCheck.shipped();
        assertThat(exported().getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactlyElementsOf(rules.questionnaire().ids());
        assertThat(item("pain_level").getText()).isEqualTo(rules.questionnaire().field("pain_level").orElseThrow().prompt());
    }

    @Test
    void theRuleSetVersionAndHashIdentifyTheQuestionnaire() {
        RuleSet rules = FhirCheck.shipped();
        Questionnaire q = exported();
        assertThat(q.getVersion()).isEqualTo(rules.version());
        assertThat(q.getUrl()).isEqualTo("http://triage.org/fhir/Questionnaire/intake");
        assertThat(q.getIdentifierFirstRep().getSystem()).isEqualTo("http://triage.org/fhir/ruleset-sha256");
        assertThat(q.getIdentifierFirstRep().getValue()).isEqualTo(rules.sha256());
    }

    @Test
    void typesMapToFhirItemTypes() {
        assertThat(item("red_flags").getType().toCode()).isEqualTo("choice");
        assertThat(item("red_flags").getRepeats()).isTrue();
        assertThat(item("injury_type").getType().toCode()).isEqualTo("choice");
        assertThat(item("injury_type").getRepeats()).isFalse();
        assertThat(item("fracture_healed").getType().toCode()).isEqualTo("boolean");
        assertThat(item("pain_level").getType().toCode()).isEqualTo("integer");
        assertThat(item("function_score").getType().toCode()).isEqualTo("decimal");
        assertThat(item("client_id").getType().toCode()).isEqualTo("string");
    }

    @Test
    void aRangeIsMinValueAndMaxValue() {
        QuestionnaireItemComponent pain = item("pain_level");
        assertThat(pain.getExtensionByUrl(Fhir.MIN_VALUE).getValue().primitiveValue()).isEqualTo("0");
        assertThat(pain.getExtensionByUrl(Fhir.MAX_VALUE).getValue().primitiveValue()).isEqualTo("10");
    }

    @Test
    void optionsAreCodingsOfTheRuleSetsCodeSystemWithTheirLabels() {
        var option = item("injury_type").getAnswerOption().get(1).getValueCoding();
        assertThat(option.getSystem()).isEqualTo("http://triage.org/fhir/CodeSystem/intake-options");
        assertThat(option.getVersion()).isEqualTo(FhirCheck.shipped().version());
        assertThat(option.getCode()).isEqualTo("sprain_strain");
        assertThat(item("injury_type").getAnswerOption()).hasSize(
                FhirCheck.shipped().questionnaire().field("injury_type").orElseThrow().options().size());
    }

    @Test
    void theScreeningQuestionsAndConsentAreRequired() {
        assertThat(exported().getItem()).filteredOn(QuestionnaireItemComponent::getRequired)
                .extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactlyInAnyOrder("red_flags", "conditions", "goals", "consent");
    }

    @Test
    void theHelpIsADisplayItemBehindAHelpButton() {
        QuestionnaireItemComponent help = item("pain_level").getItemFirstRep();
        assertThat(help.getType().toCode()).isEqualTo("display");
        assertThat(help.getText()).isEqualTo(FhirCheck.shipped().questionnaire().field("pain_level").orElseThrow().help());
        assertThat(help.getExtensionByUrl(Fhir.ITEM_CONTROL)).isNotNull();
    }

    @Test
    void aFollowUpOnOneOfSeveralValuesIsEnabledWhenAnyOfThemIsAnswered() {
        QuestionnaireItemComponent days = item("injury_days_ago");
        assertThat(days.getEnableBehavior().toCode()).isEqualTo("any");
        assertThat(days.getEnableWhen()).hasSize(7).allMatch(w -> w.getQuestion().equals("injury_type")
                && w.getOperator().toCode().equals("="));
        assertThat(days.getEnableWhen()).extracting(w -> w.getAnswerCoding().getCode())
                .contains("sprain_strain", "fracture", "other").doesNotContain("none");
    }

    @Test
    void aFollowUpOnOneOptionOfAMultiChoiceIsEnabledWhenItIsAmongTheAnswers() {
        QuestionnaireItemComponent weeks = item("pregnancy_weeks");
        assertThat(weeks.getEnableWhen()).singleElement().satisfies(w -> {
            assertThat(w.getQuestion()).isEqualTo("conditions");
            assertThat(w.getAnswerCoding().getCode()).isEqualTo("pregnancy");
        });
        assertThat(weeks.hasEnableBehavior()).isFalse();
    }

    @Test
    void aFollowUpThatEnableWhenCannotExpressIsAnErrorAtItsPlaceNotDropped() {
        RuleSet shipped = FhirCheck.shipped();
        Location at = new Location("rules/questions.yaml", 325, 15);
        List<Field> fields = shipped.questionnaire().fields().stream().map(f -> !f.id().equals("injury_region") ? f
                : new Field(f.id(), f.type(), f.prompt(), f.help(), f.options(), f.min(), f.max(), f.screening(),
                Optional.of(new Condition.Not(new Condition.ChoiceTest("injury_type", Operator.EQUALS,
                        java.util.Set.of("none")))), f.section(), Optional.of(at))).toList();
        RuleSet changed = new RuleSet(shipped.version(), shipped.content(), shipped.decision(), shipped.techniques(),
                shipped.sources(), new org.triage.rules.Questionnaire(fields), shipped.rules(), List.of());
        Problems problems = new Problems();
        assertThat(QuestionnaireExport.render(changed, problems)).isEmpty();
        assertThat(problems.inOrder()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(at);
            assertThat(p.render()).contains("injury_region", "enableWhen", "'not'", "fix:");
        });
    }

    @Test
    void theShippedFollowUpsCarryTheirPlaceInQuestionsYaml() {
        Field weeks = FhirCheck.shipped().questionnaire().field("pregnancy_weeks").orElseThrow();
        assertThat(weeks.askWhenAt()).hasValueSatisfying(l -> {
            assertThat(l.file()).endsWith("questions.yaml");
            assertThat(l.line()).isPositive();
        });
    }
}
