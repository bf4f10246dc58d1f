package org.triage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triage.problem.Location;
import org.triage.problem.Problem;
import org.triage.prove.PolicyResult;
import org.triage.prove.Proof;
import org.triage.prove.Prover;
import org.triage.report.ProofReport;
import org.triage.rules.AnswersFile;
import org.triage.rules.RuleSet;

/**
 * The proof of a rule set's policies for {@code rules prove} and {@code rules check}: runs the prover, writes each
 * counterexample to {@code --counterexample-dir} when asked (each file whole or not at all), and renders the result.
 */
final class Proving {

    final RuleSet ruleSet;
    final Proof proof;
    final ProofReport report;
    /** By policy id: the counterexample file written, as shown. */
    private final Map<String, String> files = new LinkedHashMap<>();

    Proving(RuleSet ruleSet, Path rulesDir, Path counterexampleDir) {
        this.ruleSet = ruleSet;
        this.proof = Prover.prove(ruleSet);
        String rules = rulesDir == null ? "" : " --rules " + rulesDir;
        this.report = new ProofReport(ruleSet.questionnaire(),
                file -> "triage recommend --answers " + file + " --explain" + rules);
        if (counterexampleDir != null) {
            write(counterexampleDir);
        }
    }

    private void write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new UserError(ExitCode.UNREADABLE, Problem.error(Location.of(dir.toString()),
                    "cannot create the folder: " + e.getClass().getSimpleName(),
                    "give --counterexample-dir a folder you may write to"));
        }
        for (PolicyResult r : proof.results()) {
            if (r.counterexample().isPresent()) {
                Path file = dir.resolve(r.policy().id() + ".yaml");
                Outputs.writeAtomically(file, AnswersFile.write(r.counterexample().get(), ruleSet.questionnaire()));
                files.put(r.policy().id(), file.toString());
            }
        }
    }

    String text(boolean listProven) {
        return report.text(proof, listProven, r -> files.get(r.policy().id()));
    }

    ExitCode exitCode() {
        return proof.allHold() ? ExitCode.OK : ExitCode.POLICY_FAILED;
    }
}
