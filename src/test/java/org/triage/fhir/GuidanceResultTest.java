package org.triage.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.triage.engine.Engine;
import org.triage.engine.Recommendation;
import org.triage.rules.Case;
import org.triage.rules.Outcome;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/** A result as a GuidanceResponse: valid FHIR R4, the urgency as a coded priority, the rule set named. */
class GuidanceResultTest {

    private static Recommendation firstWith(Outcome outcome, Optional<Urgency> urgency) {
        RuleSet rules = FhirCheck.shipped();
        for (Case c : rules.cases()) {
            Recommendation r = Engine.evaluate(rules, c.answers());
            if (r.outcome() == outcome && r.referral().map(x -> x.urgency()).equals(urgency)
                    && (outcome != Outcome.MASSAGE && outcome != Outcome.STM || !r.precautions().isEmpty() || !r.excluded().isEmpty())) {
                return r;
            }
        }
        throw new AssertionError("no case of the rule set gives " + outcome + " " + urgency);
    }

    private static GuidanceResponse parsed(Recommendation r) {
        return (GuidanceResponse) FhirCheck.parse(GuidanceResult.render(r, FhirNames.of(FhirCheck.shipped()), Origin.NONE, 2));
    }

    private static <T extends Resource> T contained(GuidanceResponse g, Class<T> type) {
        return g.getContained().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void everyKindOfResultValidatesAgainstFhirR4() {
        for (Recommendation r : new Recommendation[] {firstWith(Outcome.MASSAGE, Optional.empty()),
                firstWith(Outcome.STM, Optional.empty()), firstWith(Outcome.INCOMPLETE, Optional.empty()),
                firstWith(Outcome.REFER, Optional.of(Urgency.EMERGENCY)), firstWith(Outcome.REFER, Optional.of(Urgency.URGENT)),
                firstWith(Outcome.REFER, Optional.of(Urgency.ROUTINE))}) {
            assertThat(FhirCheck.errors(GuidanceResult.render(r, FhirNames.of(FhirCheck.shipped()), Origin.NONE, 2))).as(r.outcome() + " " + r.referral()).isEmpty();
        }
    }

    /** A receiving system files the result under the response's patient and encounter, and finds the response by id. */
    @Test
    void aResultCarriesTheSubjectEncounterAndIdOfTheResponseItCameFrom() {
        Origin origin = new Origin(Optional.of("tablet-7"), Optional.of("Patient/p-7"), Optional.of("Encounter/e-1"));
        for (Recommendation r : new Recommendation[] {firstWith(Outcome.STM, Optional.empty()),
                firstWith(Outcome.REFER, Optional.of(Urgency.URGENT))}) {
            String json = GuidanceResult.render(r, FhirNames.of(FhirCheck.shipped()), origin, 2);
            assertThat(FhirCheck.errors(json)).isEmpty();
            GuidanceResponse g = (GuidanceResponse) FhirCheck.parse(json);
            assertThat(g.getSubject().getReference()).isEqualTo("Patient/p-7");
            assertThat(g.getEncounter().getReference()).isEqualTo("Encounter/e-1");
            assertThat(g.getExtensionByUrl(Fhir.EXT_SOURCE_ID).getValue().primitiveValue()).isEqualTo("tablet-7");
            assertThat(contained(g, org.hl7.fhir.r4.model.ServiceRequest.class).getSubject().getReference())
                    .isEqualTo("Patient/p-7");
        }
    }

    @Test
    void aSubjectThatIsNoPatientOrGroupIsNotCarriedAsTheGuidanceResponseCannotHaveIt() {
        String json = "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"subject\":"
                + " {\"reference\": \"Device/d-1\"}, \"encounter\": {\"reference\": \"Encounter/e-2\"}, \"item\": []}";
        ResponseReader.Response response = new ResponseReader(FhirCheck.shipped(), false, new org.triage.problem.Problems())
                .read("qr.json", json, 0);
        assertThat(response.origin()).isEqualTo(new Origin(Optional.empty(), Optional.empty(), Optional.of("Encounter/e-2")));
    }

    @Test
    void theReferralUrgencyIsTheCodedPriorityOfThePlan() {
        Map<Urgency, String> expected = new EnumMap<>(Map.of(Urgency.EMERGENCY, "stat", Urgency.URGENT, "urgent",
                Urgency.ROUTINE, "routine"));
        expected.forEach((urgency, code) -> {
            GuidanceResponse g = parsed(firstWith(Outcome.REFER, Optional.of(urgency)));
            RequestGroup plan = contained(g, RequestGroup.class);
            assertThat(plan.getPriority().toCode()).as(urgency.id()).isEqualTo(code);
            assertThat(plan.getPriority().getSystem()).isEqualTo("http://hl7.org/fhir/request-priority");
            assertThat(plan.getActionFirstRep().getPriority().toCode()).isEqualTo(code);
            assertThat(plan.getAction()).hasSize(1);
            ServiceRequest referral = contained(g, ServiceRequest.class);
            assertThat(plan.getActionFirstRep().getResource().getReference()).isEqualTo("#" + referral.getIdPart());
            assertThat(referral.getPriority().toCode()).isEqualTo(code);
            assertThat(referral.getCode().getCodingFirstRep().getCode()).isEqualTo("refer");
            assertThat(referral.getReasonCode()).isNotEmpty();
        });
    }

    @Test
    void aReferralGivesNoTechniqueAndExcludesThemAll() {
        Recommendation r = firstWith(Outcome.REFER, Optional.of(Urgency.EMERGENCY));
        Parameters p = contained(parsed(r), Parameters.class);
        assertThat(p.getParameter()).filteredOn(x -> x.getName().equals("technique")).isEmpty();
        assertThat(p.getParameter()).filteredOn(x -> x.getName().equals("excluded"))
                .hasSize(FhirCheck.shipped().techniques().size());
        assertThat(p.getParameter()).filteredOn(x -> x.getName().equals("referral-urgency"))
                .singleElement().satisfies(x -> assertThat(x.getValue().primitiveValue()).isEqualTo("emergency"));
    }

    @Test
    void theTechniquesGivenAreThePlansActionsWithTheirReasons() {
        Recommendation r = firstWith(Outcome.STM, Optional.empty());
        GuidanceResponse g = parsed(r);
        RequestGroup plan = contained(g, RequestGroup.class);
        assertThat(plan.getAction()).hasSize(r.techniques().size());
        assertThat(g.getContained()).filteredOn(ServiceRequest.class::isInstance)
                .extracting(x -> ((ServiceRequest) x).getCode().getCodingFirstRep().getCode())
                .containsExactlyElementsOf(r.techniques().stream().map(t -> t.technique().id()).toList());
        assertThat(g.getContained()).filteredOn(ServiceRequest.class::isInstance)
                .allMatch(x -> !((ServiceRequest) x).getReasonCode().isEmpty());
        assertThat(plan.getPriority().toCode()).isEqualTo("routine");
    }

    @Test
    void theRuleSetVersionAndHashGoWithTheResult() {
        Recommendation r = firstWith(Outcome.MASSAGE, Optional.empty());
        GuidanceResponse g = parsed(r);
        assertThat(g.getModuleCanonicalType().getValue()).isEqualTo("http://triage.org/fhir/Library/triage-rules|" + FhirCheck.shipped().version());
        assertThat(g.getExtensionByUrl(Fhir.EXT_SHA256).getValue().primitiveValue()).isEqualTo(FhirCheck.shipped().sha256());
        assertThat(g.getStatus().toCode()).isEqualTo("success");
    }

    @Test
    void anIncompleteIntakeIsDataRequiredWithTheMissingQuestions() {
        Recommendation r = firstWith(Outcome.INCOMPLETE, Optional.empty());
        GuidanceResponse g = parsed(r);
        assertThat(g.getStatus().toCode()).isEqualTo("data-required");
        assertThat(g.getDataRequirement()).hasSize(r.missing().size());
        assertThat(g.getDataRequirementFirstRep().getMustSupport().get(0).getValue()).contains(r.missing().get(0));
        assertThat(g.hasResult()).isFalse();
    }
}
