package org.triage.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triage.rules.RuleSet;

/**
 * The names triage gives its FHIR R4 resources: the canonical URL of the intake Questionnaire, the code system
 * of its answer options and the extensions that carry what FHIR has no element for. The resources are written
 * as plain maps for {@link org.triage.report.Json}, so that no FHIR library is loaded at run time.
 */
public final class Fhir {

    /** The base of every URL triage names; none of them is fetched. */
    public static final String BASE = "http://triage.org/fhir";
    /** The intake Questionnaire; its version is the rule set's. */
    public static final String QUESTIONNAIRE = BASE + "/Questionnaire/intake";
    /** The code system of the answer options: the codes are the option ids of questions.yaml. */
    public static final String OPTIONS = BASE + "/CodeSystem/intake-options";
    /** The code system of the techniques, the outcomes and the rules of ruleset.yaml and the rule files. */
    public static final String TECHNIQUES = BASE + "/CodeSystem/techniques";
    public static final String OUTCOMES = BASE + "/CodeSystem/outcomes";
    public static final String RULES = BASE + "/CodeSystem/rules";
    /** The identifier system of a rule set's content hash. */
    public static final String SHA256 = BASE + "/ruleset-sha256";
    /** The rule set as the module a GuidanceResponse names. */
    public static final String MODULE = BASE + "/Library/triage-rules";
    /** Extensions: the rule set's hash; the line and id of the resource a batch result is for. */
    public static final String EXT_SHA256 = BASE + "/StructureDefinition/ruleset-sha256";
    public static final String EXT_SOURCE_LINE = BASE + "/StructureDefinition/source-line";
    public static final String EXT_SOURCE_ID = BASE + "/StructureDefinition/source-resource-id";

    static final String HL7_EXT = "http://hl7.org/fhir/StructureDefinition/";
    static final String ITEM_CONTROL = HL7_EXT + "questionnaire-itemControl";
    static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    static final String MIN_VALUE = HL7_EXT + "minValue";
    static final String MAX_VALUE = HL7_EXT + "maxValue";
    static final String PRIORITY_SYSTEM = "http://hl7.org/fhir/request-priority";

    private Fhir() {
    }

    /** {@code Questionnaire|version}: the canonical a QuestionnaireResponse of this rule set names. */
    public static String canonical(RuleSet ruleSet) {
        return QUESTIONNAIRE + "|" + ruleSet.version();
    }

    /** A map that keeps the order its entries are put in, as the JSON shows them. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    static Map<String, Object> coding(String system, String version, String code, String display) {
        return object("system", system, "version", version, "code", code, "display", display);
    }

    static Map<String, Object> extension(String url, String valueKey, Object value) {
        return object("url", url, valueKey, value);
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
