package org.triage.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.engine.PrecautionResult;
import org.triage.engine.Reason;
import org.triage.engine.Recommendation;
import org.triage.engine.Referral;
import org.triage.engine.TechniqueResult;
import org.triage.report.Json;
import org.triage.rules.Approach;
import org.triage.rules.Outcome;
import org.triage.rules.Urgency;

/**
 * One result as a FHIR R4 GuidanceResponse, the resource for the output of a decision support module: the rule
 * set is its module (with the version, and the sha256 in an extension); the plan is a contained RequestGroup whose
 * priority codes the referral's urgency and whose actions propose the referral, or the techniques given, as
 * ServiceRequests with their reasons (and a technique's precautions); the whole result (outcome, scores, exclusions, precautions, rules fired) is a contained Parameters
 * resource. An incomplete intake is {@code data-required} with the screening questions it lacks.
 */
public final class GuidanceResult {

    /** Where a batch result comes from: the input's line, and what the response says about itself. */
    public record Source(long line, Origin origin) {
        public Optional<String> id() {
            return origin.id();
        }
    }

    private GuidanceResult() {
    }

    /** One result, of answers from {@code origin} ({@link Origin#NONE} for answers that are no resource). */
    public static String render(Recommendation r, FhirNames n, Origin origin, int indent) {
        return Json.write(resource(r, n, java.util.OptionalLong.empty(), origin), indent);
    }

    public static String render(Recommendation r, FhirNames n, Source source) {
        return Json.write(resource(r, n, java.util.OptionalLong.of(source.line()), source.origin()), 0);
    }

    /**
     * The GuidanceResponse; filed by a receiving system under the response's subject and encounter, which it
     * carries with the response's id (and, in a batch, its line).
     */
    static Map<String, Object> resource(Recommendation r, FhirNames n, java.util.OptionalLong line, Origin origin) {
        List<Object> extensions = Fhir.list(Fhir.extension(Fhir.EXT_SHA256, "valueString", r.rulesetSha256()));
        line.ifPresent(l -> extensions.add(Fhir.extension(Fhir.EXT_SOURCE_LINE, "valueInteger", l)));
        origin.id().ifPresent(id -> extensions.add(Fhir.extension(Fhir.EXT_SOURCE_ID, "valueString", id)));
        boolean incomplete = r.outcome() == Outcome.INCOMPLETE;
        List<Object> contained = Fhir.list(parameters(r, n));
        if (!incomplete) {
            contained.addAll(plan(r, n, origin));
        }
        return Fhir.object(
                "resourceType", "GuidanceResponse",
                "contained", contained,
                "extension", extensions,
                "requestIdentifier", r.clientId().map(id -> Fhir.object("system", n.clientId(), "value", id)).orElse(null),
                "moduleCanonical", n.module() + "|" + r.rulesetVersion(),
                "status", incomplete ? "data-required" : "success",
                "subject", origin.subject().map(s -> Fhir.object("reference", s)).orElse(null),
                "encounter", origin.encounter().map(e -> Fhir.object("reference", e)).orElse(null),
                "note", notes(r),
                "outputParameters", Fhir.object("reference", "#result"),
                "result", incomplete ? null : Fhir.object("reference", "#plan"),
                "dataRequirement", incomplete ? missing(r) : null);
    }

    /** The not-a-diagnosis line; and the answers not used, which may show a mistake in another answer. */
    private static List<Object> notes(Recommendation r) {
        List<Object> notes = Fhir.list(Fhir.object("text", "Not a diagnosis and not medical advice: a licensed clinician"
                + " confirms every recommendation."));
        if (!r.ignored().isEmpty()) {
            notes.add(Fhir.object("text", org.triage.report.TextReport.NOT_USED + String.join(", ", r.ignored()) + ". "
                    + org.triage.report.TextReport.CHECK_NOT_USED));
        }
        return notes;
    }

    /** The request-priority code of a referral: an emergency is stat, urgent is urgent, routine is routine. */
    static String priority(Optional<Referral> referral) {
        Urgency u = referral.map(Referral::urgency).orElse(Urgency.ROUTINE);
        return switch (u) {
            case EMERGENCY -> "stat";
            case URGENT -> "urgent";
            case ROUTINE -> "routine";
        };
    }

    /**
     * The plan and the requests its actions propose: a RequestGroup action must point at a resource, so each one,
     * the referral or a technique, is a ServiceRequest proposed for the clinician to confirm (status draft).
     */
    private static List<Object> plan(Recommendation r, FhirNames n, Origin origin) {
        String priority = priority(r.referral());
        List<Object> requests = new ArrayList<>();
        if (r.referral().isPresent()) {
            Referral ref = r.referral().get();
            List<Object> reasons = new ArrayList<>();
            ref.because().forEach(reason -> reasons.add(reason(n, reason, "")));
            ref.also().forEach(also -> reasons.add(reason(n, also.reason(), "[" + also.urgency().id() + "] ")));
            requests.add(request(r, origin, "referral", priority, concept(n.outcomes(), "refer", "Refer to a physician first",
                    ref.urgency().action()), reasons, List.of()));
        } else {
            for (TechniqueResult t : r.techniques()) {
                List<Object> reasons = new ArrayList<>();
                t.because().forEach(reason -> reasons.add(reason(n, reason, "")));
                List<Object> notes = new ArrayList<>();
                for (PrecautionResult p : r.precautions()) {
                    if (p.technique().equals(t.technique().id())) {
                        notes.add(Fhir.object("text", "Precaution: " + p.note()));
                    }
                }
                requests.add(request(r, origin, t.technique().id(), priority, concept(n.techniques(), t.technique().id(),
                        t.technique().name(), t.technique().name()), reasons, notes));
            }
        }
        List<Object> actions = new ArrayList<>();
        for (Object request : requests) {
            @SuppressWarnings("unchecked")
            Map<String, Object> sr = (Map<String, Object>) request;
            @SuppressWarnings("unchecked")
            Map<String, Object> code = (Map<String, Object>) sr.get("code");
            actions.add(Fhir.object("title", code.get("text"), "priority", priority,
                    "resource", Fhir.object("reference", "#" + sr.get("id"))));
        }
        List<Object> out = new ArrayList<>(requests);
        out.add(0, Fhir.object(
                "resourceType", "RequestGroup",
                "id", "plan",
                "status", "draft",
                "intent", "proposal",
                "priority", priority,
                "code", concept(n.outcomes(), r.outcome().id(), null, null),
                "action", actions.isEmpty() ? null : actions));
        return out;
    }

    private static Map<String, Object> request(Recommendation r, Origin origin, String id, String priority,
                                               Map<String, Object> code, List<Object> reasons, List<Object> notes) {
        return Fhir.object(
                "resourceType", "ServiceRequest",
                "id", id.replace('_', '-'),
                "status", "draft",
                "intent", "proposal",
                "priority", priority,
                "code", code,
                "subject", Fhir.object("reference", origin.subject().orElse(null),
                        "display", r.clientId().map(c -> "Client " + c).orElse("The client of this intake")),
                "reasonCode", reasons.isEmpty() ? null : reasons,
                "note", notes.isEmpty() ? null : notes);
    }

    private static Map<String, Object> parameters(Recommendation r, FhirNames n) {
        List<Object> p = new ArrayList<>();
        p.add(Fhir.object("name", "outcome", "valueCode", r.outcome().id()));
        r.referral().ifPresent(ref -> p.add(Fhir.object("name", "referral-urgency", "valueCode", ref.urgency().id())));
        for (Approach a : Approach.values()) {
            p.add(Fhir.object("name", "score", "part", List.of(Fhir.object("name", "approach", "valueCode", a.id()),
                    Fhir.object("name", "points", "valueInteger", r.score(a)))));
        }
        r.techniques().forEach(t -> p.add(technique(n, "technique", t)));
        r.excluded().forEach(t -> p.add(technique(n, "excluded", t)));
        for (PrecautionResult pr : r.precautions()) {
            p.add(Fhir.object("name", "precaution", "part", List.of(
                    Fhir.object("name", "technique", "valueCoding", Fhir.coding(n.techniques(), null, pr.technique(), null)),
                    Fhir.object("name", "note", "valueString", pr.note()),
                    Fhir.object("name", "rule", "valueCoding", Fhir.coding(n.rules(), null, pr.ruleId(), null)))));
        }
        r.rulesFired().forEach(id -> p.add(Fhir.object("name", "rule-fired", "valueCoding", Fhir.coding(n.rules(), null, id, null))));
        r.missing().forEach(id -> p.add(Fhir.object("name", "missing", "valueString", id)));
        r.ignored().forEach(id -> p.add(Fhir.object("name", "not-used", "valueString", id)));
        p.add(Fhir.object("name", "ruleset-version", "valueString", r.rulesetVersion()));
        p.add(Fhir.object("name", "ruleset-sha256", "valueString", r.rulesetSha256()));
        return Fhir.object("resourceType", "Parameters", "id", "result", "parameter", p);
    }

    private static Map<String, Object> technique(FhirNames n, String name, TechniqueResult t) {
        List<Object> parts = Fhir.list(Fhir.object("name", "code", "valueCoding",
                Fhir.coding(n.techniques(), null, t.technique().id(), t.technique().name())));
        t.because().forEach(b -> parts.add(Fhir.object("name", "because", "valueString", b.text())));
        return Fhir.object("name", name, "part", parts);
    }

    private static List<Object> missing(Recommendation r) {
        List<Object> out = new ArrayList<>();
        for (String field : r.missing()) {
            out.add(Fhir.object("type", "QuestionnaireResponse",
                    "mustSupport", List.of("item.where(linkId='" + field + "').answer")));
        }
        return out;
    }

    private static Map<String, Object> reason(FhirNames n, Reason reason, String prefix) {
        return Fhir.object("coding", List.of(Fhir.coding(n.rules(), null, reason.ruleId(), null)),
                "text", prefix + reason.text());
    }

    private static Map<String, Object> concept(String system, String code, String display, String text) {
        return Fhir.object("coding", List.of(Fhir.coding(system, null, code, display)), "text", text);
    }
}
