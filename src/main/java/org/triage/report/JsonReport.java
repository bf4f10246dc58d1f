package org.triage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triage.engine.Firing;
import org.triage.engine.WhatIf;
import org.triage.engine.PrecautionResult;
import org.triage.engine.Reason;
import org.triage.engine.Recommendation;
import org.triage.engine.Referral;
import org.triage.engine.TechniqueResult;
import org.triage.rules.Answer;
import org.triage.rules.Approach;
import org.triage.rules.Effects;

/** The result as the JSON object of the output contract (product.md). */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(Recommendation r, boolean explain, int indent) {
        return Json.write(toMap(r, explain), indent);
    }

    /** With {@code explain}, the explanation also lists the single-answer changes that would change the outcome. */
    public static String render(Recommendation r, boolean explain, int indent, List<WhatIf.Change> whatIf) {
        Map<String, Object> m = toMap(r, explain);
        if (explain) {
            List<Object> changes = new ArrayList<>();
            for (WhatIf.Change c : whatIf) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("field", c.field());
                x.put("change", c.change());
                x.put("outcome", c.result().outcome().id());
                x.put("urgency", c.result().referral().map(ref -> (Object) ref.urgency().id()).orElse(null));
                x.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                x.put("lifts", c.lifts());
                changes.add(x);
            }
            m.put("explain", explain(r, changes));
        }
        return Json.write(m, indent);
    }

    public static Map<String, Object> toMap(Recommendation r, boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("client_id", r.clientId().orElse(null));
        m.put("outcome", r.outcome().id());
        m.put("referral", r.referral().map(ref -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("urgency", ref.urgency().id());
            x.put("because", texts(ref.because()));
            x.put("also", also(ref.also()));
            return (Object) x;
        }).orElse(null));
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Approach a : Approach.values()) {
            scores.put(a.id(), r.score(a));
        }
        m.put("scores", scores);
        m.put("techniques", techniques(r.techniques()));
        m.put("excluded", techniques(r.excluded()));
        List<Object> precautions = new ArrayList<>();
        for (PrecautionResult p : r.precautions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("technique", p.technique());
            x.put("note", p.note());
            precautions.add(x);
        }
        m.put("precautions", precautions);
        m.put("rules_fired", r.rulesFired());
        m.put("missing", r.missing());
        m.put("ignored_answers", r.ignored()); // follow-ups answered that do not apply: may show a mistake
        Map<String, Object> ruleset = new LinkedHashMap<>();
        ruleset.put("version", r.rulesetVersion());
        ruleset.put("sha256", r.rulesetSha256());
        m.put("ruleset", ruleset);
        if (explain) {
            m.put("explain", explain(r));
        }
        return m;
    }

    private static List<Object> techniques(List<TechniqueResult> list) {
        List<Object> out = new ArrayList<>();
        for (TechniqueResult t : list) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", t.technique().id());
            x.put("because", texts(t.because()));
            out.add(x);
        }
        return out;
    }

    /** The reasons of the less urgent referral rules that fired too, each with its own urgency. */
    private static List<Object> also(List<Referral.Also> also) {
        List<Object> out = new ArrayList<>(also.size());
        for (Referral.Also a : also) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("urgency", a.urgency().id());
            x.put("because", a.reason().text());
            out.add(x);
        }
        return out;
    }

    private static List<String> texts(List<Reason> reasons) {
        return reasons.stream().map(Reason::text).toList();
    }

    private static Map<String, Object> explain(Recommendation r, List<Object> whatIf) {
        Map<String, Object> m = explain(r);
        m.put("what_would_change", whatIf);
        return m;
    }

    private static Object jsonValue(Answer answer) {
        if (answer instanceof Answer.Choices cs) {
            return cs.ids();
        }
        if (answer instanceof Answer.Num n) {
            return n.value() == Math.rint(n.value()) ? (Object) (long) n.value() : (Object) n.value();
        }
        return answer.display();
    }

    private static Map<String, Object> explain(Recommendation r) {
        List<Object> rules = new ArrayList<>();
        for (Firing f : r.fired()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rule", f.rule().id());
            x.put("description", f.rule().description());
            x.put("source", f.rule().sources());
            Map<String, Object> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Answer> e : f.answers().entrySet()) {
                answers.put(e.getKey(), jsonValue(e.getValue()));
            }
            x.put("answers", answers);
            Effects eff = f.rule().effects();
            Map<String, Object> score = new LinkedHashMap<>();
            for (Approach a : Approach.values()) {
                if (eff.scores().containsKey(a)) {
                    score.put(a.id(), eff.score(a));
                }
            }
            x.put("score", score);
            x.put("recommend", eff.recommend());
            x.put("exclude", eff.exclude());
            x.put("refer", eff.refer().map(u -> (Object) u.id()).orElse(null));
            rules.add(x);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rules", rules);
        return m;
    }
}
