package org.triage.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.questionnaire.Intake;
import org.triage.report.Json;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Option;
import org.triage.rules.RuleSet;

/**
 * {@code questions.yaml} as a FHIR R4 Questionnaire after the Structured Data Capture conventions: one item
 * per question, its {@code linkId} the field id; the help as a display item shown behind a help button; the
 * options as codings of the rule set's code system; the range as minValue and maxValue; every follow-up's
 * condition as {@code enableWhen}. A condition that {@code enableWhen} cannot express is a problem at its place
 * in questions.yaml, and then nothing is written.
 */
public final class QuestionnaireExport {

    private QuestionnaireExport() {
    }

    /** The Questionnaire as JSON, or empty when a follow-up cannot be written (each one reported). */
    public static Optional<String> render(RuleSet ruleSet, Problems problems) {
        EnableWhen enableWhen = new EnableWhen(ruleSet);
        List<Object> items = new ArrayList<>();
        boolean ok = true;
        for (Field field : ruleSet.questionnaire().fields()) {
            Optional<Map<String, Object>> item = item(field, ruleSet, enableWhen, problems);
            ok &= item.isPresent();
            item.ifPresent(items::add);
        }
        if (!ok) {
            return Optional.empty();
        }
        Map<String, Object> q = Fhir.object(
                "resourceType", "Questionnaire",
                "id", "intake",
                "url", FhirNames.of(ruleSet).questionnaire(),
                "identifier", List.of(Fhir.object("system", FhirNames.of(ruleSet).sha256(), "value", ruleSet.sha256())),
                "version", ruleSet.version(),
                "name", "TriageIntake",
                "title", "Physical therapy intake: general massage or clinical soft tissue mobilization",
                "status", "active",
                "subjectType", List.of("Patient"),
                "description", "The intake questions of triage rule set " + ruleSet.version() + " (sha256 "
                        + ruleSet.sha256() + "). The answers give a recommendation for a licensed clinician to"
                        + " confirm; they are not a diagnosis.",
                "item", items);
        return Optional.of(Json.write(q, 2) + System.lineSeparator());
    }

    private static Optional<Map<String, Object>> item(Field field, RuleSet ruleSet, EnableWhen enableWhen,
                                                      Problems problems) {
        Map<String, Object> item = Fhir.object("linkId", field.id(), "text", field.prompt(), "type", type(field.type()));
        if (Intake.required(field)) {
            item.put("required", true);
        }
        if (field.type() == FieldType.MULTI) {
            item.put("repeats", true);
        }
        if (field.askWhen().isPresent()) {
            EnableWhen.Clause clause = enableWhen.of(field.askWhen().get());
            if (!clause.ok()) {
                problems.error(field.askWhenAt().orElse(Location.of("questions.yaml")),
                        "the follow-up condition of '" + field.id() + "' cannot be written as a FHIR enableWhen: "
                                + clause.why(),
                        "write it as comparisons of earlier answers with fixed values, joined all by 'all' or all by"
                                + " 'any' (one level), in questions.yaml");
                return Optional.empty();
            }
            item.put("enableWhen", clause.comparisons());
            if (clause.behavior() != null) {
                item.put("enableBehavior", clause.behavior());
            }
        }
        if (field.type().isNumeric()) {
            item.put("extension", List.of(bound(Fhir.MIN_VALUE, field, field.min()), bound(Fhir.MAX_VALUE, field, field.max())));
        }
        if (field.type() == FieldType.SINGLE || field.type() == FieldType.MULTI) {
            item.put("answerOption", options(field, enableWhen));
        }
        item.put("item", List.of(help(field)));
        return Optional.of(item);
    }

    static String type(FieldType type) {
        return switch (type) {
            case SINGLE, MULTI -> "choice";
            case YES_NO -> "boolean";
            case INTEGER -> "integer";
            case NUMBER -> "decimal";
            case TEXT -> "string";
        };
    }

    private static Map<String, Object> bound(String url, Field field, double value) {
        return field.type() == FieldType.INTEGER
                ? Fhir.extension(url, "valueInteger", (long) value)
                : Fhir.extension(url, "valueDecimal", EnableWhen.decimal(value));
    }

    private static List<Object> options(Field field, EnableWhen enableWhen) {
        List<Object> out = new ArrayList<>();
        for (Option o : field.options()) {
            Map<String, Object> option = Fhir.object("valueCoding", enableWhen.code(field, o.id()));
            if (o.exclusive()) {
                option.put("extension", List.of(Fhir.extension(Fhir.HL7_EXT + "questionnaire-optionExclusive",
                        "valueBoolean", true)));
            }
            out.add(option);
        }
        return out;
    }

    /** The help text as a display item behind a help button (the SDC item control "help"). */
    private static Map<String, Object> help(Field field) {
        Map<String, Object> control = Fhir.object("coding", List.of(
                Fhir.coding(Fhir.ITEM_CONTROL_SYSTEM, null, "help", "Help-Button")), "text", "Help-Button");
        return Fhir.object(
                "extension", List.of(Fhir.extension(Fhir.ITEM_CONTROL, "valueCodeableConcept", control)),
                "linkId", field.id() + ".help",
                "text", field.help(),
                "type", "display");
    }
}
