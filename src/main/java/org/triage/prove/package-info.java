/**
 * The proof of a rule set's safety policies for every intake the questionnaire allows. {@link
 * org.triage.prove.Encoding} turns the compiled rule set into clauses once per run, mirroring
 * {@code org.triage.engine.Engine} (its only reference): {@link org.triage.prove.AnswerSpace} the intakes,
 * {@link org.triage.prove.NumberClasses} the numbers cut at the thresholds the rules use, {@link
 * org.triage.prove.Conditions} each rule's condition, {@link org.triage.prove.Formula} and {@link
 * org.triage.prove.Sat} the clauses and the solver (Sat4j). {@link org.triage.prove.Prover} asks the solver for
 * an intake that breaks each policy; {@link org.triage.prove.PolicyCheck} runs every intake it finds through the
 * real engine ({@link org.triage.prove.Judge}) before it is believed, and a disagreement is a {@link
 * org.triage.prove.ProverBug}. No input or output.
 */
package org.triage.prove;
