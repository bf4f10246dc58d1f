package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Approach;
import org.triage.rules.Field;
import org.triage.rules.Outcome;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.Urgency;

/**
 * Safety properties of the engine over the shipped rule set, for intakes generated across the
 * whole field space of its questionnaire ({@link Intakes}). Each property counts the outcomes it
 * saw, so the report shows that refer, incomplete, massage and stm are all exercised.
 */
class SafetyProperties {

    private static final int TRIES = 10_000;
    private static final String NEEDLES_OK = "needles_ok";
    private static final String DRY_NEEDLING = "dry_needling";
    private static final String WITH_LESS_URGENT = " with less urgent too";

    private final RuleSet rules = ShippedRules.get();

    @Provide
    Arbitrary<Answers> intakes() {
        return Intakes.of(rules);
    }

    @Provide
    Arbitrary<Set<String>> screeningLeftOut() {
        return Arbitraries.subsetOf(rules.questionnaire().screening().stream().map(Field::id).toList()).ofMinSize(1);
    }

    /** (a) Brief 3 and 7.1-7.2: an emergency or urgent red flag stops treatment, and no lower urgency wins. */
    @Property(tries = TRIES)
    void anEmergencyOrUrgentRedFlagAlwaysRefersAtTheHighestUrgencyFiredWithNoTechniques(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        List<Urgency> fired = r.fired().stream().map(Firing::rule).filter(Rule::refers)
                .map(rule -> rule.effects().refer().orElseThrow()).toList();
        if (fired.stream().noneMatch(u -> u == Urgency.EMERGENCY || u == Urgency.URGENT)) {
            return;
        }
        assertThat(r.outcome()).isEqualTo(Outcome.REFER);
        assertThat(r.techniques()).isEmpty();
        Urgency given = r.referral().orElseThrow().urgency();
        assertThat(fired).allSatisfy(u -> assertThat(u.moreUrgentThan(given))
                .as("a fired %s referral is more urgent than the %s given", u, given).isFalse());
        Statistics.label("urgency").collect(given.id());
    }

    /** (b) Output contract: outcome refer exactly when there is a referral, and then no technique. */
    @Property(tries = TRIES)
    void theClientIsReferredExactlyWhenAReferralAppliesAndThenGetsNoTechnique(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        assertThat(r.outcome() == Outcome.REFER).isEqualTo(r.referral().isPresent());
        assertThat(r.referral().isPresent()).isEqualTo(r.fired().stream().anyMatch(f -> f.rule().refers()));
        if (r.outcome() == Outcome.REFER) {
            assertThat(r.techniques()).isEmpty();
        }
        Statistics.label("outcome").coverage(c -> {
            for (Outcome o : Outcome.values()) {
                c.check(o.id()).percentage(p -> p >= 1.0);
            }
        });
    }

    /** (c) Precedence 3: an exclusion beats any recommendation. */
    @Property(tries = TRIES)
    void noTechniqueIsGivenThatIsExcludedOrThatAFiredRuleExcludes(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        List<String> given = ids(r.techniques());
        List<String> excluded = ids(r.excluded());
        assertThat(given).as("techniques both given and excluded").filteredOn(excluded::contains).isEmpty();
        for (Firing f : r.fired()) {
            assertThat(given).as("techniques given although %s excludes them", f.rule().id())
                    .filteredOn(f.rule().effects().exclude()::contains).isEmpty();
        }
    }

    /** (d) Table 8a: needle phobia or refusal excludes dry needling, whatever else the intake says. */
    @Property(tries = TRIES)
    void aClientWhoDoesNotWantNeedlesNeverGetsDryNeedling(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake.with(NEEDLES_OK, new Answer.Choice("no")));
        assertThat(ids(r.techniques())).doesNotContain(DRY_NEEDLING);
    }

    /** (e) A missing screening answer gives incomplete (unless a referral applies), never a technique. */
    @Property(tries = TRIES)
    void aMissingScreeningAnswerGivesIncompleteUnlessReferredAndNeverATechnique(
            @ForAll("intakes") Answers intake, @ForAll("screeningLeftOut") Set<String> leftOut) {
        Answers partial = intake;
        for (String id : leftOut) {
            partial = partial.without(id);
        }
        Recommendation r = evaluateCounted(partial);
        assertThat(r.techniques()).isEmpty();
        assertThat(r.missing()).containsAll(leftOut);
        if (r.referral().isPresent()) {
            assertThat(r.outcome()).isEqualTo(Outcome.REFER);
        } else {
            assertThat(r.outcome()).isEqualTo(Outcome.INCOMPLETE);
        }
    }

    /** (f) The engine is a pure function: the same answers, in any order, give an equal result. */
    @Property(tries = TRIES)
    void theSameAnswersAlwaysGiveTheSameResult(@ForAll("intakes") Answers intake, @ForAll Random random) {
        Recommendation first = evaluateCounted(intake);
        assertThat(Engine.evaluate(rules, intake)).as("evaluated again").isEqualTo(first);
        List<String> order = new ArrayList<>(intake.values().keySet());
        Collections.reverse(order);
        assertThat(Engine.evaluate(rules, reordered(intake, order))).as("answers in reverse order").isEqualTo(first);
        Collections.shuffle(order, random);
        assertThat(Engine.evaluate(rules, reordered(intake, order))).as("answers in the order %s", order)
                .isEqualTo(first);
    }

    /** (g) Precedence 5: only techniques of the winning approach that a fired rule recommends. */
    @Property(tries = TRIES)
    void everyTechniqueGivenBelongsToTheChosenApproachAndIsRecommendedByAFiredRule(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        for (TechniqueResult t : r.techniques()) {
            assertThat(approachOf(r.outcome())).as("outcome %s, technique %s", r.outcome().id(), t.technique().id())
                    .isEqualTo(t.technique().approach());
            assertThat(r.fired()).as("a fired rule recommends %s", t.technique().id())
                    .anyMatch(f -> f.rule().effects().recommend().contains(t.technique().id()));
        }
    }

    /** (h) Every entry says why, traceable to a fired rule with that effect; precautions concern techniques given. */
    @Property(tries = TRIES)
    void everyTechniqueExclusionAndReferralSaysWhyWithAFiredRule(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        Map<String, Rule> fired = r.fired().stream().map(Firing::rule)
                .collect(Collectors.toMap(Rule::id, rule -> rule, (a, b) -> a, LinkedHashMap::new));
        for (TechniqueResult t : r.techniques()) {
            assertTraceable(t.because(), fired, "technique " + t.technique().id());
            assertThat(t.because()).allSatisfy(reason -> assertThat(fired.get(reason.ruleId()).effects().recommend())
                    .contains(t.technique().id()));
        }
        for (TechniqueResult t : r.excluded()) {
            assertTraceable(t.because(), fired, "exclusion of " + t.technique().id());
            if (r.referral().isPresent()) { // a referral rules out every technique, for its own reasons
                assertThat(t.because()).isEqualTo(r.referral().get().because());
            } else {
                assertThat(t.because()).allSatisfy(reason -> assertThat(fired.get(reason.ruleId()).effects().exclude())
                        .contains(t.technique().id()));
            }
        }
        r.referral().ifPresent(ref -> {
            assertTraceable(ref.because(), fired, "referral");
            assertThat(ref.because()).allSatisfy(reason -> assertThat(fired.get(reason.ruleId()).refers()).isTrue());
            assertEachTraceable(ref.also().stream().map(Referral.Also::reason).toList(), fired, "referral (also)");
        });
        List<String> given = ids(r.techniques());
        assertThat(r.precautions()).allSatisfy(p -> {
            assertThat(given).contains(p.technique());
            assertThat(fired).containsKey(p.ruleId());
            assertThat(p.note()).isNotBlank();
        });
    }

    /**
     * Clinical review 11: a referral's reasons are the sentences of the rules of its own urgency, so that the first
     * is never a less urgent one (an emergency's first reason is an emergency rule's); the reasons of the less
     * urgent referral rules that fired too are kept apart, each marked with its rule's own, lower, urgency; nothing
     * is lost and nothing said twice.
     */
    @Property(tries = TRIES)
    void aReferralGivesTheReasonsOfItsOwnUrgencyAndMarksThoseOfLessUrgentRulesAsAlso(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        if (r.referral().isEmpty()) {
            return;
        }
        Referral ref = r.referral().get();
        Map<String, Rule> fired = r.fired().stream().map(Firing::rule)
                .collect(Collectors.toMap(Rule::id, rule -> rule, (a, b) -> a, LinkedHashMap::new));
        assertThat(ref.because()).as("the referral's reasons").isNotEmpty().allSatisfy(reason ->
                assertThat(fired.get(reason.ruleId()).effects().refer()).as("the urgency of %s", reason.ruleId())
                        .contains(ref.urgency()));
        if (ref.urgency() == Urgency.EMERGENCY) {
            assertThat(fired.get(ref.because().get(0).ruleId()).effects().refer()).as("the first reason's urgency")
                    .contains(Urgency.EMERGENCY);
        }
        int lastLevel = -1;
        int lastRule = -1;
        for (Referral.Also also : ref.also()) {
            assertThat(ref.urgency().moreUrgentThan(also.urgency())).as("%s is less urgent than the %s referral",
                    also.urgency(), ref.urgency()).isTrue();
            assertThat(fired.get(also.reason().ruleId()).effects().refer()).as("the urgency of %s", also.reason().ruleId())
                    .contains(also.urgency());
            int level = also.urgency().ordinal();
            int rule = rules.rules().indexOf(fired.get(also.reason().ruleId()));
            assertThat(level > lastLevel || level == lastLevel && rule > lastRule)
                    .as("also: the most urgent first, then in rule order: %s", ref.also()).isTrue();
            lastLevel = level;
            lastRule = rule;
        }
        List<String> said = new ArrayList<>(ref.because().stream().map(Reason::text).toList());
        ref.also().forEach(also -> said.add(also.reason().text()));
        assertThat(said).as("each sentence once").doesNotHaveDuplicates();
        assertThat(said).as("the sentences of every referral rule that fired").containsAll(fired.values().stream()
                .filter(Rule::refers).map(Rule::because).toList());
        Statistics.label("referral").collect(ref.urgency().id() + (ref.also().isEmpty() ? "" : WITH_LESS_URGENT));
        Statistics.label("referral").coverage(c -> { // the generated intakes mix urgencies often enough to tell
            c.check(Urgency.EMERGENCY.id() + WITH_LESS_URGENT).percentage(p -> p >= 1.0);
            c.check(Urgency.URGENT.id() + WITH_LESS_URGENT).percentage(p -> p >= 1.0);
        });
    }

    /**
     * Clinical review 13 (brief 7.1-7.2, table 8a): a referral rules out every technique, in the rule set's order,
     * for the referral's own reasons, until a physician has seen the client; an incomplete intake rules out none
     * (a missing answer is not a contraindication).
     */
    @Property(tries = TRIES)
    void aReferralRulesOutEveryTechniqueForItsReasonsAndAnIncompleteIntakeNone(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        switch (r.outcome()) {
            case REFER -> {
                assertThat(ids(r.excluded())).isEqualTo(rules.techniques().stream().map(t -> t.id()).toList());
                assertThat(r.excluded()).allSatisfy(t -> assertThat(t.because())
                        .isEqualTo(r.referral().orElseThrow().because()));
                assertThat(r.techniques()).isEmpty();
                assertThat(r.precautions()).isEmpty();
            }
            case INCOMPLETE -> assertThat(r.excluded()).isEmpty();
            case MASSAGE, STM -> assertThat(r.excluded()).as("ruled out for %s", r.outcome().id())
                    .allSatisfy(t -> assertThat(t.technique().approach()).isEqualTo(approachOf(r.outcome())));
        }
    }

    /** Brief 1.2: clinical STM always comes with a movement assessment and corrective exercise, unless ruled out. */
    @Property(tries = TRIES)
    void stmAlwaysComesWithMovementAssessmentAndCorrectiveExerciseUnlessExcluded(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        if (r.outcome() != Outcome.STM) {
            return;
        }
        List<String> accounted = new ArrayList<>(ids(r.techniques()));
        accounted.addAll(ids(r.excluded()));
        assertThat(accounted).contains("movement_assessment", "corrective_exercise");
    }

    /** The engine drops answers to follow-ups that were not asked: they change nothing but the list of ignored answers. */
    @Property(tries = TRIES)
    void answersToQuestionsThatDoNotApplyChangeNothing(@ForAll("intakes") Answers intake) {
        Map<String, Answer> asked = new LinkedHashMap<>();
        for (Field f : rules.questionnaire().fields()) {
            boolean applies = f.askWhen().map(c -> c.test(new Answers(asked))).orElse(true);
            intake.get(f.id()).filter(a -> applies).ifPresent(a -> asked.put(f.id(), a));
        }
        Recommendation r = evaluateCounted(intake);
        Recommendation clean = Engine.evaluate(rules, new Answers(asked));
        assertThat(r.ignored()).containsExactlyInAnyOrderElementsOf(
                intake.values().keySet().stream().filter(id -> !asked.containsKey(id)).toList());
        assertThat(r.outcome()).isEqualTo(clean.outcome());
        assertThat(r.referral()).isEqualTo(clean.referral());
        assertThat(r.scores()).isEqualTo(clean.scores());
        assertThat(r.fired()).isEqualTo(clean.fired());
        assertThat(r.techniques()).isEqualTo(clean.techniques());
        assertThat(r.excluded()).isEqualTo(clean.excluded());
        assertThat(r.precautions()).isEqualTo(clean.precautions());
        assertThat(r.missing()).isEqualTo(clean.missing());
        Statistics.label("answers ignored").collect(r.ignored().isEmpty() ? "none" : "some");
    }

    /** Brief 2.6 and 7.7: dry needling only where the law allows it, with informed consent; never given without a note. */
    @Property(tries = TRIES)
    void dryNeedlingIsNeverGivenWithoutAPrecaution(@ForAll("intakes") Answers intake) {
        Recommendation r = evaluateCounted(intake);
        if (ids(r.techniques()).contains(DRY_NEEDLING)) {
            assertThat(r.precautions()).anyMatch(p -> p.technique().equals(DRY_NEEDLING));
        }
    }

    @Provide
    Arbitrary<String> cancer() {
        return Arbitraries.of("cancer_history", "cancer_active");
    }

    @Provide
    Arbitrary<String> spinalRegion() {
        return Arbitraries.of("neck", "upper_back", "lower_back", "widespread");
    }

    /**
     * Brief 3, history of cancer row (RF6: the most useful single red flag): a history of cancer (or active cancer)
     * with pain in any spinal region refers at least urgently, whatever else the intake says: how long the pain has
     * lasted, the other answers, the other flags.
     */
    @Property(tries = TRIES)
    void aHistoryOfCancerWithSpinalPainAlwaysRefersAtLeastUrgently(@ForAll("intakes") Answers intake,
            @ForAll("cancer") String cancer, @ForAll("spinalRegion") String region) {
        Answers withCancer = intake.with("conditions", added(intake, "conditions", cancer))
                .with("pain_regions", added(intake, "pain_regions", region));
        Recommendation r = evaluateCounted(withCancer);
        assertThat(r.outcome()).isEqualTo(Outcome.REFER);
        assertThat(r.referral().orElseThrow().urgency()).isIn(Urgency.EMERGENCY, Urgency.URGENT);
        Statistics.label("urgency").collect(r.referral().orElseThrow().urgency().id());
    }

    /** Brief 3, last row (MA11): a pregnancy warning sign refers the same day at least, whatever else is answered. */
    @Property(tries = TRIES)
    void aPregnancyWarningSignAlwaysRefersAtLeastUrgently(@ForAll("intakes") Answers intake) {
        Answers pregnant = intake.with("conditions", added(intake, "conditions", "pregnancy"))
                .with("pregnancy_signs", new Answer.Choices(List.of("vaginal_bleeding")));
        Recommendation r = evaluateCounted(pregnant);
        assertThat(r.referral()).hasValueSatisfying(
                ref -> assertThat(ref.urgency()).isIn(Urgency.EMERGENCY, Urgency.URGENT));
    }

    /** The answer to a multi-choice field with one value added (replacing an exclusive "none"). */
    private static Answer added(Answers intake, String field, String value) {
        List<String> values = new ArrayList<>();
        intake.get(field).ifPresent(a -> values.addAll(((Answer.Choices) a).ids()));
        values.remove("none");
        if (!values.contains(value)) {
            values.add(value);
        }
        return new Answer.Choices(values);
    }

    private Recommendation evaluateCounted(Answers intake) {
        Recommendation r = Engine.evaluate(rules, intake);
        Statistics.label("outcome").collect(r.outcome().id());
        return r;
    }

    private static void assertTraceable(List<Reason> because, Map<String, Rule> fired, String what) {
        assertThat(because).as("reasons for the %s", what).isNotEmpty();
        assertEachTraceable(because, fired, what);
    }

    private static void assertEachTraceable(List<Reason> because, Map<String, Rule> fired, String what) {
        assertThat(because).allSatisfy(reason -> {
            assertThat(reason.text()).as("a reason for the %s", what).isNotBlank();
            assertThat(fired).as("the rule behind a reason for the %s", what).containsKey(reason.ruleId());
        });
    }

    private static Answers reordered(Answers answers, List<String> order) {
        Map<String, Answer> copy = new LinkedHashMap<>();
        order.forEach(id -> copy.put(id, answers.values().get(id)));
        return new Answers(copy);
    }

    private static Approach approachOf(Outcome outcome) {
        return switch (outcome) {
            case MASSAGE -> Approach.MASSAGE;
            case STM -> Approach.STM;
            case REFER, INCOMPLETE -> throw new AssertionError("a " + outcome.id() + " result gives no technique");
        };
    }

    private static List<String> ids(List<TechniqueResult> results) {
        return results.stream().map(t -> t.technique().id()).toList();
    }
}
