package org.triage.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One intake field: the question asked and the answers it accepts. */
public record Field(String id, FieldType type, String prompt, String help, List<Option> options,
                    double min, double max, boolean screening, Optional<Condition> askWhen) {

    public static final List<Option> YES_NO_OPTIONS = List.of(new Option("yes", "Yes", false), new Option("no", "No", false));

    public Field {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        options = type == FieldType.YES_NO ? YES_NO_OPTIONS : List.copyOf(options);
        Objects.requireNonNull(askWhen);
    }

    public Optional<Option> option(String optionId) {
        for (Option o : options) {
            if (o.id().equals(optionId)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
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
