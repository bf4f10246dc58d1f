package org.triage.engine;

import java.util.stream.Collectors;
import org.triage.problem.Problem;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/** The rule set shipped in rules/, loaded once for the engine tests; a rule set with errors stops them with its problems. */
final class ShippedRules {

    private static RuleSet loaded;

    private ShippedRules() {
    }

    static synchronized RuleSet get() {
        if (loaded == null) {
            LoadResult result = RuleSetLoader.builtIn();
            loaded = result.ruleSet().orElseThrow(() -> new IllegalStateException("the shipped rule set does not load:"
                    + System.lineSeparator() + result.problems().stream().map(Problem::render)
                    .collect(Collectors.joining(System.lineSeparator()))));
        }
        return loaded;
    }
}
