package org.triage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.triage.engine.WhatIf;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Option;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * "What would change this" in plain words: first, a line for each change a client or clinician can act on (one
 * that moves between massage and STM, or lifts an exclusion); then the answers that would refer, grouped in one
 * line, and those that would leave the intake incomplete, in another.
 */
final class WhatIfText {

    private WhatIfText() {
    }

    static List<String> lines(List<WhatIf.Change> changes, RuleSet ruleSet) {
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> referrals = new LinkedHashMap<>();
        Set<Urgency> urgencies = new TreeSet<>();
        Map<String, List<String>> incomplete = new LinkedHashMap<>();
        for (WhatIf.Change c : changes) {
            switch (c.kind()) {
                case CARE -> lines.add("  with " + answers(ruleSet, c) + ", this would be " + c.outcome());
                case LIFTS_EXCLUSION -> lines.add("  with " + answers(ruleSet, c) + ", "
                        + String.join(" and ", c.lifts()) + " would no longer be ruled out");
                case REFERRAL -> {
                    referrals.computeIfAbsent(c.field(), k -> new ArrayList<>()).addAll(c.alternatives());
                    c.result().referral().ifPresent(r -> urgencies.add(r.urgency()));
                }
                case INCOMPLETE -> incomplete.computeIfAbsent(c.field(), k -> new ArrayList<>()).addAll(c.alternatives());
            }
        }
        if (!referrals.isEmpty()) {
            List<String> parts = new ArrayList<>();
            referrals.forEach((field, alternatives) -> parts.add("with " + triggers(ruleSet, field, alternatives)));
            lines.add("  a referral (" + urgencies(urgencies) + ") " + String.join("; ", parts));
        }
        if (!incomplete.isEmpty()) {
            List<String> fields = new ArrayList<>(incomplete.keySet());
            lines.add("  incomplete with " + or(fields) + " not answered");
        }
        if (lines.isEmpty()) {
            lines.add("  no single answer changes the outcome or lifts an exclusion");
        }
        return lines;
    }

    /** "injury_region other than knee" when every other option of a single choice does it, else the choices. */
    private static String answers(RuleSet ruleSet, WhatIf.Change c) {
        Field f = ruleSet.questionnaire().field(c.field()).orElse(null);
        if (f != null && f.type() == FieldType.SINGLE && c.alternatives().size() > 2
                && c.alternatives().size() == f.optionIds().size() - 1) {
            List<String> rest = f.optionIds().stream().filter(id -> !c.alternatives().contains(id)).toList();
            return c.field() + " other than " + or(rest);
        }
        return c.field() + " " + c.change();
    }

    /** "any red_flags answer but none" when every choice that can be added refers, else the choices. */
    private static String triggers(RuleSet ruleSet, String field, List<String> alternatives) {
        List<String> plain = alternatives.stream().map(a -> a.replaceFirst("^also ", "")).toList();
        Field f = ruleSet.questionnaire().field(field).orElse(null);
        if (f != null && !f.type().isNumeric() && plain.stream().noneMatch(a -> a.startsWith("without "))) {
            List<String> others = f.optionIds().stream().filter(id -> !f.option(id).map(Option::exclusive).orElse(false))
                    .toList();
            List<String> exclusive = f.optionIds().stream().filter(id -> !others.contains(id)).toList();
            if (others.size() > 2 && plain.containsAll(others)) {
                return "any " + field + " answer" + (exclusive.isEmpty() ? "" : " but " + or(exclusive));
            }
        }
        return field + " " + or(plain);
    }

    /** The urgencies, most urgent first (their declaration order). */
    private static String urgencies(Set<Urgency> urgencies) {
        return or(urgencies.stream().map(Urgency::id).toList());
    }

    private static String or(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
