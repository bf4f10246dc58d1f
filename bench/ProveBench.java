import java.nio.file.Path;
import java.util.Arrays;
import org.triage.prove.Proof;
import org.triage.prove.Prover;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * The time the proof of a rule set's policies takes in one JVM, against loading the same rule set (its YAML read,
 * checked and compiled) in the same run: the first run of each (a fresh JVM, as a rule author's command is) and the
 * median and least of the later ones. Run by bench/prove.sh.
 */
public final class ProveBench {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        long[] load = new long[runs];
        long[] prove = new long[runs];
        Proof proof = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            RuleSet rs = RuleSetLoader.load(dir, dir.toString(), RuleSetLoader.Cases.POLICIES).ruleSet().orElseThrow();
            long t1 = System.nanoTime();
            proof = Prover.prove(rs);
            long t2 = System.nanoTime();
            load[i] = t1 - t0;
            prove[i] = t2 - t1;
        }
        System.out.printf("policies %d (proven %d), variables %d, constraints %d%n", proof.results().size(),
                proof.results().size() - proof.failed(), proof.variables(), proof.constraints());
        row("load the rule set", load, load);
        row("prove its policies", prove, load);
    }

    private static void row(String what, long[] ns, long[] baseline) {
        System.out.printf("%-20s first %7.1f ms   median %6.1f ms   min %6.1f ms   (median %.2fx loading)%n", what,
                ns[0] / 1e6, median(ns) / 1e6, Arrays.stream(ns).skip(1).min().orElse(ns[0]) / 1e6,
                (double) median(ns) / median(baseline));
    }

    private static long median(long[] ns) {
        long[] later = Arrays.copyOfRange(ns, ns.length > 1 ? 1 : 0, ns.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
