package org.triage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.triage.engine.Recommendation;
import org.triage.engine.TechniqueResult;
import org.triage.prove.Judge;
import org.triage.prove.PolicyResult;
import org.triage.prove.Proof;
import org.triage.rules.Answer;
import org.triage.rules.AnswersFile;
import org.triage.rules.Policy;
import org.triage.rules.Questionnaire;

/**
 * The proof of a rule set's policies in words or as JSON. A broken policy is shown with what it says, what the
 * result does against it, the rules that fired, and its counterexample as an answers file for
 * {@code triage recommend --answers FILE --explain}.
 */
public final class ProofReport {

    private final Questionnaire questionnaire;
    /** How to see a counterexample: the recommend command line, given where its answers file is. */
    private final Function<String, String> seeIt;

    public ProofReport(Questionnaire questionnaire, Function<String, String> seeIt) {
        this.questionnaire = questionnaire;
        this.seeIt = seeIt;
    }

    /** One line per proven policy (with {@code proven}), a block per other one, then the count. */
    public String text(Proof proof, boolean listProven, Function<PolicyResult, String> fileOf) {
        StringBuilder out = new StringBuilder();
        for (PolicyResult r : proof.results()) {
            if (r.holds() && listProven) {
                out.append("proven  ").append(r.policy().id()).append(": ").append(r.policy().says()).append('\n');
            } else if (!r.holds()) {
                out.append(block(r, fileOf.apply(r)));
            }
        }
        return out.append(count(proof)).append('\n').toString();
    }

    public static String count(Proof proof) {
        int n = proof.results().size();
        long failed = proof.failed();
        if (n == 0) {
            return "policies: none to prove (the rule set has no policies.yaml)";
        }
        return "policies: " + (n - failed) + " of " + n + " proven" + (failed == 0 ? "" : ", " + failed
                + (failed == 1 ? " does" : " do") + " not hold");
    }

    private String block(PolicyResult r, String file) {
        Policy p = r.policy();
        StringBuilder out = new StringBuilder(p.location().toString()).append(": ");
        if (r.status() == PolicyResult.Status.VACUOUS) {
            return out.append("policy '").append(p.id()).append("' is for no intake the questionnaire allows\n")
                    .append("  says:    ").append(says(p)).append('\n')
                    .append("  fix:     correct its 'for': as written, no intake meets it, so the policy proves nothing\n")
                    .toString();
        }
        Recommendation rec = r.result().orElseThrow();
        out.append("policy '").append(p.id()).append("' does not hold\n")
                .append("  says:    ").append(says(p)).append('\n')
                .append("  breaks:  ").append(String.join("; ", Judge.unmet(p.requirement(), rec))).append('\n')
                .append("  result:  ").append(result(rec)).append('\n')
                .append("  fired:   ").append(rec.rulesFired().isEmpty() ? "no rule" : String.join(", ", rec.rulesFired()))
                .append('\n')
                .append("  answers that break it").append(file == null ? " (save them as a file)" : " (" + file + ")")
                .append(":\n");
        AnswersFile.write(r.counterexample().orElseThrow(), questionnaire).lines()
                .forEach(line -> out.append("    ").append(line).append('\n'));
        return out.append("  see it:  ").append(seeIt.apply(file == null ? "FILE" : file)).append('\n').toString();
    }

    private static String says(Policy p) {
        return p.says() + " (" + String.join(", ", p.sources()) + ")";
    }

    private static String result(Recommendation rec) {
        String outcome = rec.outcome().id() + rec.referral().map(ref -> " (" + ref.urgency().id() + ")").orElse("");
        return outcome + "; given: " + names(rec.techniques()) + "; ruled out: " + names(rec.excluded());
    }

    private static String names(List<TechniqueResult> list) {
        return list.isEmpty() ? "none" : String.join(", ", list.stream().map(t -> t.technique().id()).toList());
    }

    /** The proof as one JSON object: each policy's status, and for a broken one its counterexample and result. */
    public Map<String, Object> json(Proof proof) {
        List<Object> policies = new ArrayList<>();
        for (PolicyResult r : proof.results()) {
            policies.add(json(r));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policies", policies);
        out.put("proven", proof.results().size() - proof.failed());
        out.put("failed", proof.failed());
        out.put("variables", proof.variables());
        out.put("constraints", proof.constraints());
        return out;
    }

    private Map<String, Object> json(PolicyResult r) {
        Policy p = r.policy();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("says", p.says());
        m.put("source", p.sources());
        m.put("file", p.location().file());
        m.put("line", p.location().line());
        m.put("column", p.location().column());
        m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        r.result().ifPresent(rec -> {
            m.put("breaks", Judge.unmet(p.requirement(), rec));
            Map<String, Object> answers = new LinkedHashMap<>();
            r.counterexample().orElseThrow().values().forEach((field, a) -> answers.put(field, value(a)));
            m.put("counterexample", answers);
            m.put("outcome", rec.outcome().id());
            m.put("urgency", rec.referral().map(ref -> (Object) ref.urgency().id()).orElse(null));
            m.put("techniques", rec.techniques().stream().map(t -> t.technique().id()).toList());
            m.put("excluded", rec.excluded().stream().map(t -> t.technique().id()).toList());
            m.put("rules_fired", rec.rulesFired());
        });
        return m;
    }

    private static Object value(Answer a) {
        if (a instanceof Answer.Choices c) {
            return c.ids();
        }
        if (a instanceof Answer.Num n) {
            return n.value() == Math.rint(n.value()) ? (Object) (long) n.value() : (Object) n.value();
        }
        return a.display();
    }
}
