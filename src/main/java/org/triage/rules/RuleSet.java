package org.triage.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, fully valid rule set. The engine never sees a half-valid one. {@code cases} and {@code policies} are
 * empty when it was loaded without them ({@link RuleSetLoader.Cases#SKIP}). Immutable; its conditions are
 * compiled for the engine when it is made.
 */
public final class RuleSet {

    /** The base of the FHIR names of a rule set whose ruleset.yaml names none (fhir_base). */
    public static final String FHIR_BASE = "http://triage.org/fhir";

    private final String version;
    private final ContentHash content;
    private final Decision decision;
    private final List<Technique> techniques;
    private final Map<String, String> sources;
    private final Questionnaire questionnaire;
    private final List<Rule> rules;
    private final List<Case> cases;
    private final List<Policy> policies;
    private final CompiledRules compiled;
    private final String fhirBase;

    public RuleSet(String version, ContentHash content, Decision decision, List<Technique> techniques,
                   Map<String, String> sources, Questionnaire questionnaire, List<Rule> rules, List<Case> cases) {
        this(version, content, decision, techniques, sources, questionnaire, rules, cases, List.of());
    }

    /** As the other constructor, with the safety policies of {@code policies.yaml}. */
    public RuleSet(String version, ContentHash content, Decision decision, List<Technique> techniques,
                   Map<String, String> sources, Questionnaire questionnaire, List<Rule> rules, List<Case> cases,
                   List<Policy> policies) {
        this(version, content, decision, techniques, sources, questionnaire, rules, cases, policies, FHIR_BASE);
    }

    /** As the other constructors, with the base of the canonical URLs of its FHIR resources. */
    public RuleSet(String version, ContentHash content, Decision decision, List<Technique> techniques,
                   Map<String, String> sources, Questionnaire questionnaire, List<Rule> rules, List<Case> cases,
                   List<Policy> policies, String fhirBase) {
        this.fhirBase = fhirBase;
        this.version = version;
        this.content = content;
        this.decision = decision;
        this.techniques = List.copyOf(techniques);
        this.sources = Map.copyOf(sources);
        this.questionnaire = questionnaire;
        this.rules = List.copyOf(rules);
        this.cases = List.copyOf(cases);
        this.policies = List.copyOf(policies);
        this.compiled = new CompiledRules(questionnaire, this.rules, this.techniques);
    }

    public String version() {
        return version;
    }

    public ContentHash content() {
        return content;
    }

    /**
     * The base of the canonical URLs of the rule set's FHIR resources: its Questionnaire, the code systems of its
     * answer options, techniques, outcomes and rules, and the rule set itself as a Library.
     */
    public String fhirBase() {
        return fhirBase;
    }

    public Decision decision() {
        return decision;
    }

    public List<Technique> techniques() {
        return techniques;
    }

    public Map<String, String> sources() {
        return sources;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Case> cases() {
        return cases;
    }

    /** The safety policies; empty when loaded without them (they are read with the cases). */
    public List<Policy> policies() {
        return policies;
    }

    /** The same rule set with other rules and policies (a changed copy, to try a change out). */
    public RuleSet with(List<Rule> otherRules, List<Policy> otherPolicies) {
        return new RuleSet(version, content, decision, techniques, sources, questionnaire, otherRules, cases,
                otherPolicies, fhirBase);
    }

    /** The rules, follow-ups and techniques as the engine evaluates them: by position, with conditions compiled. */
    public CompiledRules compiled() {
        return compiled;
    }

    /** The sha256 of the rule set's files (see {@link ContentHash}). */
    public String sha256() {
        return content.sha256();
    }

    public Optional<Technique> technique(String id) {
        return techniques.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "RuleSet[version=" + version + ", sha256=" + sha256() + ", rules=" + rules.size() + "]";
    }
}
