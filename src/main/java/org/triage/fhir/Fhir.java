package org.triage.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triage.rules.RuleSet;

/**
 * The names of the extensions that carry what FHIR has no element for, which are the program's own (the names of a
 * rule set's resources are {@link FhirNames}), and the helpers that build resources. The resources are written
 * as plain maps for {@link org.triage.report.Json}, so that no FHIR library is loaded at run time.
 */
public final class Fhir {

    /** The base of the program's own names (its extensions), whatever the rule set's base; none is fetched. */
    public static final String BASE = RuleSet.FHIR_BASE;
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
