package org.triage.prove;

/**
 * The solver found an intake that breaks a policy, but the real engine says the policy holds for it: the encoding
 * and the engine differ, which is a bug of the prover, never a clinical failure.
 */
public final class ProverBug extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ProverBug(String policyId) {
        super("prover bug: the solver found an intake that breaks policy " + policyId
                + ", but the engine says the policy holds for it; the encoding and the engine differ");
    }
}
