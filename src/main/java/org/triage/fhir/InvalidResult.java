package org.triage.fhir;

import java.util.ArrayList;
import java.util.List;
import org.triage.report.Json;

/**
 * The result line of an input that could not be evaluated, as a FHIR R4 OperationOutcome: one issue per problem,
 * with where it is and the fix, and the input's line and resource id in extensions as on a GuidanceResponse.
 */
public final class InvalidResult {

    private InvalidResult() {
    }

    /** {@code problems}: each the whole text of one problem (where it is, what is wrong, the fix). */
    public static String render(GuidanceResult.Source source, List<String> problems) {
        List<Object> extensions = Fhir.list(Fhir.extension(Fhir.EXT_SOURCE_LINE, "valueInteger", source.line()));
        source.id().ifPresent(id -> extensions.add(Fhir.extension(Fhir.EXT_SOURCE_ID, "valueString", id)));
        List<Object> issues = new ArrayList<>();
        for (String p : problems) {
            issues.add(Fhir.object("severity", "error", "code", "invalid", "diagnostics", p));
        }
        return Json.write(Fhir.object("resourceType", "OperationOutcome", "extension", extensions, "issue", issues), 0);
    }
}
