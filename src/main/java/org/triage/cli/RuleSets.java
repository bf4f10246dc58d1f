package org.triage.cli;

import java.nio.file.Path;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/** Loads the rule set a command asked for, or ends the command with every problem it has. */
final class RuleSets {

    private RuleSets() {
    }

    static RuleSet load(Path dir) {
        LoadResult result = dir == null ? RuleSetLoader.builtIn() : RuleSetLoader.load(dir, dir.toString());
        return result.ruleSet().orElseThrow(() -> new UserError(ExitCode.INVALID_RULES, result.problems()));
    }
}
