package org.triage.batch;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triage.engine.Comparison;
import org.triage.engine.Recommendation;
import org.triage.report.Json;
import org.triage.rules.RuleSet;

/**
 * A rules diff as one JSON object, written as it goes: the two rule sets, the rules added, removed and edited,
 * {@code intakes} (each reported intake, in input order) and the {@code summary}.
 */
final class DiffJson implements DiffSink {

    private final DiffOptions options;
    private final Writer out;
    private boolean first = true;

    DiffJson(DiffOptions options, Writer out) {
        this.options = options;
        this.out = out;
    }

    @Override
    public void start(RuleSet older, RuleSet newer, Comparison comparison) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("old", ruleSet(options.oldName(), older));
        m.put("new", ruleSet(options.newName(), newer));
        m.put("rules_added", comparison.added());
        m.put("rules_removed", comparison.removed());
        m.put("rules_edited", comparison.edited());
        String head = Json.write(m, 2);
        // The object stays open: the intakes follow as they are found.
        out.write(head.substring(0, head.length() - 2) + ",\n  \"intakes\": [");
    }

    private static Map<String, Object> ruleSet(String name, RuleSet rs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rules", name);
        m.put("version", rs.version());
        m.put("rule_count", rs.rules().size());
        return m;
    }

    @Override
    public void row(RowDiff row) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", row.line());
        m.put("client_id", row.clientId().isEmpty() ? null : row.clientId());
        m.put("changed", row.changed());
        m.put("old", result(row.before()));
        m.put("new", result(row.after()));
        List<Object> rules = new ArrayList<>();
        for (Comparison.Responsible r : row.rules()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.ruleId());
            x.put("fired", switch (r.fired()) {
                case OLD_ONLY -> "old";
                case NEW_ONLY -> "new";
                case BOTH -> "both";
            });
            x.put("rule", r.status().name().toLowerCase(Locale.ROOT));
            rules.add(x);
        }
        m.put("rules", rules);
        out.write(first ? "\n    " : ",\n    ");
        out.write(Json.write(m, 2).replace("\n", "\n    "));
        first = false;
    }

    private static Map<String, Object> result(RowResult row) {
        Map<String, Object> m = new LinkedHashMap<>();
        Recommendation r = row.recommendation().orElse(null);
        m.put("outcome", r == null ? null : r.outcome().id());
        m.put("urgency", r == null ? null : r.referral().map(x -> x.urgency().id()).orElse(null));
        m.put("techniques", r == null ? List.of() : Comparison.ids(r.techniques()));
        m.put("excluded", r == null ? List.of() : Comparison.ids(r.excluded()));
        m.put("precautions", r == null ? List.of() : precautions(r));
        m.put("error", row.invalid() ? row.errorText() : null);
        return m;
    }

    /** Each (technique, note) pair once, as the comparison sees them. */
    private static List<Object> precautions(Recommendation r) {
        List<Object> out = new ArrayList<>();
        for (Comparison.PrecautionNote p : Comparison.precautions(r)) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("technique", p.technique());
            x.put("note", p.note());
            out.add(x);
        }
        return out;
    }

    @Override
    public void end(DiffSummary s) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intakes", s.intakes());
        m.put("changed", s.changed());
        m.put("precautions_changed", s.precautionsChanged());
        m.put("invalid", s.invalid());
        m.put("invalid_old", s.invalidBefore());
        m.put("invalid_new", s.invalidAfter());
        List<Object> changes = new ArrayList<>();
        for (DiffSummary.Transition t : s.transitions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("old", t.before());
            x.put("new", t.after());
            x.put("intakes", t.intakes());
            changes.add(x);
        }
        m.put("changes", changes);
        out.write((first ? "" : "\n  ") + "],\n  \"summary\": " + Json.write(m, 2).replace("\n", "\n  ") + "\n}\n");
    }
}
