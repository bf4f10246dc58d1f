package org.triage.cli;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import org.triage.rules.RuleSetLoader.Cases;

/**
 * Loads the rule set a command asked for, or ends the command with every problem it has. Only the
 * commands that run or check the rule set's own cases read them.
 */
final class RuleSets {

    /** The built-in rule set without its cases: the same for every run in this process. */
    private static FutureTask<LoadResult> builtIn;

    private RuleSets() {
    }

    /**
     * Starts loading the built-in rule set on another thread, so that it is ready sooner: it loads
     * while the command line is read and the terminal is set up, on the way to the first question.
     */
    static synchronized void preload() {
        if (builtIn == null) {
            builtIn = new FutureTask<>(() -> RuleSetLoader.builtIn(Cases.SKIP));
            Thread loader = new Thread(builtIn, "rule-set-loader");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /** The rule set in {@code dir} (the built-in one when null), without its cases. */
    static RuleSet load(Path dir) {
        checkFolder(dir);
        return ruleSet(dir == null ? builtIn() : RuleSetLoader.load(dir, dir.toString(), Cases.SKIP));
    }

    /** The rule set in {@code dir} (the built-in one when null) with its cases. */
    static RuleSet loadWithCases(Path dir) {
        checkFolder(dir);
        return ruleSet(dir == null ? RuleSetLoader.builtIn() : RuleSetLoader.load(dir, dir.toString()));
    }

    /** The rule set in {@code dir} (the built-in one when null) with its policies, without its cases. */
    static RuleSet loadWithPolicies(Path dir) {
        checkFolder(dir);
        return ruleSet(withPolicies(dir));
    }

    static LoadResult withPolicies(Path dir) {
        return dir == null ? RuleSetLoader.builtIn(Cases.POLICIES) : RuleSetLoader.load(dir, dir.toString(), Cases.POLICIES);
    }

    private static LoadResult builtIn() {
        preload();
        try {
            return builtIn.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the built-in rule set", e);
        }
    }

    private static void checkFolder(Path dir) {
        if (dir != null && dir.toString().isBlank()) {
            throw new UserError(ExitCode.USAGE, Problem.error(Location.of("--rules"), "the folder name is empty",
                    "give the folder that holds ruleset.yaml and questions.yaml, or leave --rules out"));
        }
    }

    private static RuleSet ruleSet(LoadResult result) {
        return result.ruleSet().orElseThrow(() -> new UserError(ExitCode.INVALID_RULES, result.problems()));
    }
}
