package org.triage.prove;

/**
 * And, or and not over literals, each new one defined by clauses that make it equal to what it stands for
 * (the Tseitin encoding), so that it can be used both ways: required and ruled out. Constants fold away.
 */
final class Formula {

    private final Sat sat;

    Formula(Sat sat) {
        this.sat = sat;
    }

    int yes() {
        return sat.yes;
    }

    int no() {
        return -sat.yes;
    }

    static int not(int literal) {
        return -literal;
    }

    int and(int... literals) {
        return -or(negated(literals));
    }

    int or(int... literals) {
        int[] kept = new int[literals.length];
        int n = 0;
        for (int l : literals) {
            if (l == yes()) {
                return yes();
            }
            if (l != no()) {
                kept[n++] = l;
            }
        }
        if (n == 0) {
            return no();
        }
        if (n == 1) {
            return kept[0];
        }
        int v = sat.variable();
        int[] clause = new int[n + 1];
        clause[0] = -v;
        for (int i = 0; i < n; i++) {
            clause[i + 1] = kept[i];
            sat.clause(v, -kept[i]); // each part implies the whole
        }
        sat.clause(clause); // the whole implies a part
        return v;
    }

    /**
     * A literal that is true exactly when {@code sum(weights[i] * literals[i]) >= degree}. The sum is first put over
     * distinct variables, each once and positive (two rules may share a literal, or have opposite ones, and a constant
     * only moves the degree): the solver's sums expect each variable once.
     */
    int atLeast(int[] literals, int[] weights, int degree) {
        java.util.Map<Integer, Integer> byVariable = new java.util.TreeMap<>();
        int moved = degree;
        for (int i = 0; i < literals.length; i++) {
            int v = Math.abs(literals[i]);
            int w = literals[i] > 0 ? weights[i] : -weights[i];
            if (literals[i] < 0) {
                moved -= weights[i]; // w * not x = w - w * x
            }
            byVariable.merge(v, w, Integer::sum);
        }
        Integer constant = byVariable.remove(yes());
        moved -= constant == null ? 0 : constant;
        byVariable.values().removeIf(w -> w == 0);
        return normalAtLeast(byVariable.keySet().stream().mapToInt(Integer::intValue).toArray(),
                byVariable.values().stream().mapToInt(Integer::intValue).toArray(), moved);
    }

    private int normalAtLeast(int[] literals, int[] weights, int degree) {
        int least = 0;
        int most = 0;
        for (int w : weights) {
            least += Math.min(0, w);
            most += Math.max(0, w);
        }
        if (degree <= least) {
            return yes();
        }
        if (degree > most) {
            return no();
        }
        int v = sat.variable();
        // v -> sum >= degree: with v false, a weight of degree - least on -v meets the degree whatever the sum.
        sat.atLeast(append(literals, -v), append(weights, degree - least), degree);
        // -v -> sum <= degree - 1: with v true, a weight of -(most - degree + 1) on v brings any sum under it.
        sat.atMost(append(literals, v), append(weights, -(most - degree + 1)), degree - 1);
        return v;
    }

    private static int[] negated(int[] literals) {
        int[] out = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            out[i] = -literals[i];
        }
        return out;
    }

    private static int[] append(int[] a, int x) {
        int[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = x;
        return out;
    }
}
