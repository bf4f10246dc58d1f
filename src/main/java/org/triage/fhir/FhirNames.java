package org.triage.fhir;

import org.triage.rules.RuleSet;

/**
 * The canonical URLs of a rule set's FHIR resources, made under the base its {@code ruleset.yaml} names
 * ({@code fhir_base}, by default {@value RuleSet#FHIR_BASE}): its Questionnaire, the code systems of its answer
 * options, techniques, outcomes and rules, and the rule set itself as the module of a GuidanceResponse. A clinic
 * that keeps its own rule set names them under its own base. None of them is fetched. The extensions are the
 * program's own and keep its names ({@link Fhir}).
 */
public record FhirNames(String base) {

    public static FhirNames of(RuleSet ruleSet) {
        return new FhirNames(ruleSet.fhirBase());
    }

    /** The intake Questionnaire; its version is the rule set's. */
    public String questionnaire() {
        return base + "/Questionnaire/intake";
    }

    /** {@code Questionnaire|version}: the canonical a QuestionnaireResponse of this rule set names. */
    public String canonical(String version) {
        return questionnaire() + "|" + version;
    }

    /** The code system of the answer options: the codes are the option ids of questions.yaml. */
    public String options() {
        return base + "/CodeSystem/intake-options";
    }

    /** The code system of the techniques of ruleset.yaml. */
    public String techniques() {
        return base + "/CodeSystem/techniques";
    }

    /** The code system of the outcomes: massage, stm, refer, incomplete. */
    public String outcomes() {
        return base + "/CodeSystem/outcomes";
    }

    /** The code system of the rules: the ids of the rule files. */
    public String rules() {
        return base + "/CodeSystem/rules";
    }

    /** The identifier system of the rule set's content hash. */
    public String sha256() {
        return base + "/ruleset-sha256";
    }

    /** The rule set as the module a GuidanceResponse names. */
    public String module() {
        return base + "/Library/triage-rules";
    }

    /** The identifier system of the client reference ({@code client_id}). */
    public String clientId() {
        return base + "/client-id";
    }
}
