package org.triage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.triage.engine.Recommendation;
import org.triage.problem.Limits;
import org.triage.problem.Problem;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/** What every fuzz target checks of what it read: errors at a place in the input, and a result that is safe. */
final class FuzzChecks {

    static final RuleSet RULES = RuleSetLoader.builtIn(RuleSetLoader.Cases.SKIP).ruleSet().orElseThrow();

    /** The errors about a file as a whole, which have no line to name. */
    private static final Set<String> WHOLE_FILE = Set.of("the answers file is empty", "the file is not UTF-8 text",
            "the file is empty: expected a header row of field ids");

    private FuzzChecks() {
    }

    /** Each problem names {@code file}, and a line in it unless it is about the file as a whole. */
    static void located(List<Problem> problems, String file) {
        for (Problem p : problems) {
            assertThat(p.location().file()).as(p.render()).isEqualTo(file);
            if (!WHOLE_FILE.contains(p.message())) {
                assertThat(p.location().line()).as(p.render()).isPositive();
            }
            assertThat(p.render()).as("a problem never repeats a long value").hasSizeLessThan(Limits.LINE_CHARS);
        }
    }

    /** Clinical safety holds for answers read from any input: a referral rule that fires refers, with no technique. */
    static void safe(Recommendation result) {
        boolean refers = result.fired().stream().anyMatch(f -> f.rule().refers());
        assertThat(result.referral().isPresent()).as("a referral rule that fires always refers").isEqualTo(refers);
        if (refers) {
            assertThat(result.techniques()).as("a referral recommends no technique").isEmpty();
        }
    }
}
