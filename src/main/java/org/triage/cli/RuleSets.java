package org.triage.cli;

import java.nio.file.Path;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/** Loads the rule set a command asked for, or ends the command with every problem it has. */
final class RuleSets {

    private RuleSets() {
    }

    static RuleSet load(Path dir) {
        if (dir != null && dir.toString().isBlank()) {
            throw new UserError(ExitCode.USAGE, Problem.error(Location.of("--rules"), "the folder name is empty",
                    "give the folder that holds ruleset.yaml and questions.yaml, or leave --rules out"));
        }
        LoadResult result = dir == null ? RuleSetLoader.builtIn() : RuleSetLoader.load(dir, dir.toString());
        return result.ruleSet().orElseThrow(() -> new UserError(ExitCode.INVALID_RULES, result.problems()));
    }
}
