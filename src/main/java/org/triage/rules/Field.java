package org.triage.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.triage.problem.Location;

/**
 * One intake field: the question asked and the answers it accepts. {@code optionsById} is derived from the
 * options (whatever is passed for it): reading every cell of a batch looks options up by id.
 * {@code askWhenAt} is where questions.yaml writes the {@code ask_when} (none for a field made in code).
 */
public record Field(String id, FieldType type, String prompt, String help, List<Option> options,
                    double min, double max, boolean screening, Optional<Condition> askWhen,
                    Optional<Section> section, Map<String, Option> optionsById, Optional<Location> askWhenAt) {

    public static final List<Option> YES_NO_OPTIONS = List.of(new Option("yes", "Yes", false), new Option("no", "No", false));

    public Field {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        options = type == FieldType.YES_NO ? YES_NO_OPTIONS : List.copyOf(options);
        Objects.requireNonNull(askWhen);
        Objects.requireNonNull(section);
        Objects.requireNonNull(askWhenAt);
        Map<String, Option> byId = new HashMap<>();
        options.forEach(o -> byId.put(o.id(), o));
        optionsById = Collections.unmodifiableMap(byId);
    }

    public Field(String id, FieldType type, String prompt, String help, List<Option> options,
                 double min, double max, boolean screening, Optional<Condition> askWhen) {
        this(id, type, prompt, help, options, min, max, screening, askWhen, Optional.empty());
    }

    public Field(String id, FieldType type, String prompt, String help, List<Option> options,
                 double min, double max, boolean screening, Optional<Condition> askWhen, Optional<Section> section) {
        this(id, type, prompt, help, options, min, max, screening, askWhen, section, Map.of(), Optional.empty());
    }

    /** A field read from questions.yaml, with the place of its {@code ask_when}. */
    public Field(String id, FieldType type, String prompt, String help, List<Option> options,
                 double min, double max, boolean screening, Optional<Condition> askWhen, Optional<Section> section,
                 Optional<Location> askWhenAt) {
        this(id, type, prompt, help, options, min, max, screening, askWhen, section, Map.of(), askWhenAt);
    }

    public Optional<Option> option(String optionId) {
        return Optional.ofNullable(optionsById.get(optionId));
    }

    /** The position of an option among the field's options, or -1 when it has none of that id. */
    public int optionIndex(String optionId) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> optionIds() {
        return options.stream().map(Option::id).toList();
    }

    public boolean isFollowUp() {
        return askWhen.isPresent();
    }

    /** The field's range in words, e.g. "0 to 10". */
    public String range() {
        return Answer.Num.format(min) + " to " + Answer.Num.format(max);
    }
}
