package org.triage.prove;

import java.util.Optional;
import org.sat4j.core.VecInt;
import org.sat4j.pb.IPBSolver;
import org.sat4j.pb.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.TimeoutException;

/**
 * The solver, behind the few calls the encoding makes: variables, clauses, "exactly one", and a linear sum of
 * weighted literals compared with a number (Sat4j's pseudo-boolean constraints, for the scores). Literals are
 * DIMACS integers: {@code v} for variable v true, {@code -v} for it false. One solver per run; each question is asked
 * under assumptions, so the clauses are added once and kept.
 */
final class Sat {

    private final IPBSolver solver = SolverFactory.newDefault();
    /** A variable fixed true: its literal is the constant true, its negation the constant false. */
    final int yes;
    private int variables;
    private int constraints;
    /** Set when the constraints alone contradict each other; every question is then unsatisfiable. */
    private boolean contradiction;

    Sat() {
        yes = variable();
        clause(yes);
    }

    int variable() {
        variables++;
        return solver.nextFreeVarId(true);
    }

    void clause(int... literals) {
        constraints++;
        try {
            solver.addClause(new VecInt(literals));
        } catch (ContradictionException e) {
            contradiction = true;
        }
    }

    /** Exactly one of the literals is true. */
    void exactlyOne(int... literals) {
        clause(literals);
        constraints++;
        try {
            solver.addAtMost(new VecInt(literals), 1);
        } catch (ContradictionException e) {
            contradiction = true;
        }
    }

    /** {@code sum(weights[i] * literals[i]) >= degree}. */
    void atLeast(int[] literals, int[] weights, int degree) {
        constraints++;
        try {
            solver.addAtLeast(new VecInt(literals), new VecInt(weights), degree);
        } catch (ContradictionException e) {
            contradiction = true;
        }
    }

    /** {@code sum(weights[i] * literals[i]) <= degree}. */
    void atMost(int[] literals, int[] weights, int degree) {
        constraints++;
        try {
            solver.addAtMost(new VecInt(literals), new VecInt(weights), degree);
        } catch (ContradictionException e) {
            contradiction = true;
        }
    }

    /**
     * A model of the constraints in which every assumption holds, as a truth value by variable (index 0 unused),
     * or empty when there is none.
     */
    Optional<boolean[]> solve(int... assumptions) {
        if (contradiction) {
            return Optional.empty();
        }
        try {
            if (!solver.isSatisfiable(new VecInt(assumptions))) {
                return Optional.empty();
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("the solver gave up, which it never should on a rule set", e);
        }
        boolean[] value = new boolean[variables + 1];
        for (int literal : solver.model()) {
            if (Math.abs(literal) <= variables) {
                value[Math.abs(literal)] = literal > 0;
            }
        }
        return Optional.of(value);
    }

    int variableCount() {
        return variables;
    }

    int constraintCount() {
        return constraints;
    }
}
