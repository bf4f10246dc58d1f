package org.triage.rules.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triage.rules.Condition;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Technique;

/**
 * The techniques that some reachable intake both recommends and excludes: a rule recommends the technique
 * and another excludes it, and both fire for that intake. This is how a contraindication works (the
 * exclusion wins), so it is not a warning; {@code rules check} sums it up in one note. Pure.
 */
public final class Overlaps {

    /** A technique, and the rules whose exclusion overrides a recommendation of it for some intake. */
    public record Overlap(String technique, List<String> excludedBy) {
        public Overlap {
            excludedBy = List.copyOf(excludedBy);
        }
    }

    private Overlaps() {
    }

    /**
     * Every such technique, those excluded by the most rules first (then in the order of ruleset.yaml). A pair
     * the analysis cannot decide counts as overlapping.
     */
    public static List<Overlap> of(RuleSet ruleSet) {
        Satisfiability sat = new Satisfiability(ruleSet.questionnaire());
        List<Overlap> out = new ArrayList<>();
        for (Technique t : ruleSet.techniques()) {
            List<Condition> recommended = ruleSet.rules().stream()
                    .filter(r -> r.effects().recommend().contains(t.id())).map(Rule::when).toList();
            if (recommended.isEmpty()) {
                continue;
            }
            Condition anyRecommendation = new Condition.Any(recommended);
            List<String> excluders = ruleSet.rules().stream().filter(r -> r.effects().exclude().contains(t.id()))
                    .filter(r -> sat.reachable(new Condition.All(List.of(r.when(), anyRecommendation))))
                    .map(Rule::id).toList();
            if (!excluders.isEmpty()) {
                out.add(new Overlap(t.id(), excluders));
            }
        }
        out.sort(Comparator.comparingInt((Overlap o) -> -o.excludedBy().size()));
        return List.copyOf(out);
    }
}
