package org.triage.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triage.problem.Location;
import org.triage.problem.Problems;
import org.triage.problem.Suggest;
import org.triage.rules.Answer;
import org.triage.rules.AnswerReader;
import org.triage.rules.Field;
import org.triage.rules.Questionnaire;

/** The answers given as {@code -a field=value} on the command line, each checked as an answers file's would be. */
final class AnswerArguments {

    /** How much of an argument an error names it by; a longer one is cut, and its value is not repeated. */
    private static final int SHOWN = 64;

    private AnswerArguments() {
    }

    /**
     * Adds the answers of {@code raw} to {@code values} (which holds those of an answers file, if any); each
     * mistake is a problem named after its argument.
     */
    static void read(List<String> raw, Questionnaire questionnaire, Map<String, Answer> values, Problems problems) {
        AnswerReader reader = new AnswerReader(problems);
        Map<String, String> given = new HashMap<>();
        for (String argument : raw) {
            int eq = argument.indexOf('=');
            Location at = Location.of("-a " + shown(argument, eq));
            if (eq <= 0) {
                String field = eq < 0 && !argument.isBlank() && argument.length() <= SHOWN ? argument.trim() : "FIELD";
                problems.error(at, "expected FIELD=VALUE", "write -a " + field
                        + "=VALUE; join several values of a multi-choice field with ';'");
                continue;
            }
            String id = argument.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            Optional<Field> field = questionnaire.field(id);
            if (field.isEmpty()) {
                String name = argument.substring(0, eq).trim();
                problems.error(at, "unknown field '" + (name.length() <= SHOWN ? name : name.substring(0, SHOWN) + "...")
                                + "'." + Suggest.didYouMean(id, questionnaire.ids()),
                        "use one of the field ids: " + String.join(", ", questionnaire.ids()));
            } else if (given.putIfAbsent(id, argument) != null || values.containsKey(id)) {
                problems.error(at, "field '" + id + "' is answered twice", "give each field once; join several values with ';'");
            } else {
                reader.fromText(field.get(), argument.substring(eq + 1), at).ifPresent(a -> values.put(id, a));
            }
        }
    }

    /** The argument as an error names it: whole when short, else its field and "..." (never a long value). */
    private static String shown(String argument, int eq) {
        if (argument.length() <= SHOWN) {
            return argument;
        }
        return (eq > 0 && eq < SHOWN ? argument.substring(0, eq + 1) : argument.substring(0, SHOWN)) + "...";
    }
}
