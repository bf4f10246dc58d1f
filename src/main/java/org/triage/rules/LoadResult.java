package org.triage.rules;

import java.util.List;
import java.util.Optional;
import org.triage.problem.Problem;

/** A rule set, or the problems that stop it from loading (all of them, in file order). */
public record LoadResult(Optional<RuleSet> ruleSet, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
