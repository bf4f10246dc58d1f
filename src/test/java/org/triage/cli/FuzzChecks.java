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

    /**
     * What one input may make the program allocate whatever its size: the most measured on the seeds is about 82 MB
     * (a first batch run, with the classes it loads, or a whole rule set loaded again), a third of this.
     */
    static final long BASE = 256L << 20;
    /** What the program may allocate for one input, beyond {@link #BASE}: a few kilobytes for each byte of it. */
    static final long PER_INPUT_BYTE = 4 * 1024;

    /**
     * Runs the work one input makes and checks the bytes it allocated (on this thread, where every target works)
     * against {@code base} plus {@link #PER_INPUT_BYTE} for each byte of the input: memory and, with it, time stay in
     * proportion to the input, as a limit checked after the work or a parser's copy per character would not.
     */
    static void bounded(byte[] input, long base, Runnable work) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        long used = threads.getThreadAllocatedBytes(id) - before;
        assertThat(used).as("bytes allocated for an input of %,d bytes", input.length)
                .isLessThanOrEqualTo(base + PER_INPUT_BYTE * input.length);
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
