package org.triage.batch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;
import org.triage.rules.Field;
import org.triage.rules.Questionnaire;

/**
 * The header row read against the questionnaire: which column holds which field. Column names are field
 * ids (case-insensitive) or names given a field by {@code --map "Column Name=field_id"}.
 */
final class Columns {

    private final List<String> names;
    private final Map<Integer, Field> fields;
    private final int clientIdColumn;

    private Columns(List<String> names, Map<Integer, Field> fields) {
        this.names = List.copyOf(names);
        this.fields = fields;
        this.clientIdColumn = fields.entrySet().stream().filter(e -> e.getValue().id().equals("client_id"))
                .mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
    }

    /** Reads the header found at {@code line}, or fails with every unknown or repeated column at once. */
    static Columns read(String file, int line, List<String> header, List<String> mappings, boolean ignoreUnknown,
                        Questionnaire questionnaire) {
        return read(file, line, header, mappings, ignoreUnknown, questionnaire, Set.of());
    }

    /**
     * As above, with the ids of fields another questionnaire has: a column or {@code --map} naming one of
     * them is not an error here but is left out, so that two rule sets can read the same file.
     */
    static Columns read(String file, int line, List<String> header, List<String> mappings, boolean ignoreUnknown,
                        Questionnaire questionnaire, Set<String> knownElsewhere) {
        Problems problems = new Problems();
        Map<String, String> mapped = mappings(mappings, questionnaire, knownElsewhere, problems);
        Map<Integer, Field> fields = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            Location at = new Location(file, line, i + 1);
            String key = name.toLowerCase(Locale.ROOT);
            String id = mapped.getOrDefault(key, key);
            Optional<Field> field = questionnaire.field(id);
            if (field.isEmpty()) {
                if (!ignoreUnknown && !knownElsewhere.contains(id)) {
                    problems.error(at, unknown(name, i) + Suggest.didYouMean(id, questionnaire.ids()),
                            "rename the column to a field id (" + String.join(", ", questionnaire.ids())
                                    + "), map it with --map \"" + (name.isEmpty() ? "Column" : name)
                                    + "=field_id\", or pass --ignore-unknown-columns");
                }
                continue;
            }
            Integer earlier = seen.putIfAbsent(id, i + 1);
            if (earlier != null) {
                problems.error(at, "column " + (i + 1) + " is field '" + id + "' again (also column " + earlier + ")",
                        "keep one column per field; join several values of a multi-choice field with ';'");
                continue;
            }
            fields.put(i, field.get());
        }
        if (problems.hasErrors()) {
            throw new BatchFailure(BatchFailure.Kind.INVALID_INPUT, problems.inOrder());
        }
        return new Columns(header, fields);
    }

    private static String unknown(String name, int index) {
        return name.isEmpty() ? "column " + (index + 1) + " has no name" : "unknown column '" + name + "'.";
    }

    private static Map<String, String> mappings(List<String> mappings, Questionnaire questionnaire,
                                                Set<String> knownElsewhere, Problems problems) {
        Map<String, String> mapped = new HashMap<>();
        for (String m : mappings) {
            Location at = Location.of("--map " + m);
            int eq = m.lastIndexOf('=');
            String id = eq < 0 ? "" : m.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            if (eq <= 0 || id.isEmpty()) {
                problems.error(at, "expected \"Column Name=field_id\"", "write --map \"Pain (0-10)=pain_level\"");
            } else if (questionnaire.field(id).isEmpty() && !knownElsewhere.contains(id)) {
                problems.error(at, "unknown field '" + id + "'." + Suggest.didYouMean(id, questionnaire.ids()),
                        "use one of the field ids: " + String.join(", ", questionnaire.ids()));
            } else {
                mapped.put(m.substring(0, eq).trim().toLowerCase(Locale.ROOT), id);
            }
        }
        return mapped;
    }

    int width() {
        return names.size();
    }

    /** The column's name as written in the header. */
    String name(int column) {
        return names.get(column).trim();
    }

    Map<Integer, Field> fields() {
        return fields;
    }

    /** The column of the client id, or -1. */
    int clientIdColumn() {
        return clientIdColumn;
    }
}
