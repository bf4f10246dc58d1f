package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.triage.rules.AnswerSlots;
import org.triage.rules.Answers;
import org.triage.rules.CompiledRules;
import org.triage.rules.Condition;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Operator;
import org.triage.rules.Questionnaire;
import org.triage.rules.RuleSet;

/**
 * The engine evaluates conditions compiled to positions and bit masks; {@link Condition#test(Answers)} is the
 * plain reading of the rule language. On the same answers they must agree: for the shipped rules and
 * follow-ups, and for conditions generated over every operator the language has.
 */
class CompiledConditionProperties {

    private static final int TRIES = 5_000;

    private final RuleSet rules = ShippedRules.get();
    private final Questionnaire questionnaire = rules.questionnaire();

    @Provide
    Arbitrary<Answers> intakes() {
        return Intakes.of(rules);
    }

    @Property(tries = TRIES)
    void everyShippedRuleAndFollowUpGivesWhatItsConditionSays(@ForAll("intakes") Answers intake) {
        AnswerSlots slots = AnswerSlots.of(questionnaire, intake);
        CompiledRules compiled = rules.compiled();
        int fired = 0;
        long[] mayFire = new long[CompiledRules.words(rules.rules().size())];
        compiled.mayFire(slots, mayFire);
        for (int i = 0; i < rules.rules().size(); i++) {
            boolean reference = rules.rules().get(i).when().test(intake);
            assertThat(compiled.fires(i, slots)).as("rule %s", rules.rules().get(i).id()).isEqualTo(reference);
            if (reference) {
                assertThat(mayFire[i >> 6] & 1L << i).as("rule %s left out of those to test", rules.rules().get(i).id())
                        .isNotZero();
            }
            fired += reference ? 1 : 0;
        }
        for (int i = 0; i < questionnaire.fields().size(); i++) {
            Field f = questionnaire.fields().get(i);
            boolean reference = f.askWhen().map(c -> c.test(intake)).orElse(true);
            assertThat(compiled.asked(i, slots)).as("follow-up %s", f.id()).isEqualTo(reference);
        }
        Statistics.label("rules fired").collect(fired == 0 ? "none" : fired < 5 ? "1-4" : "5 or more");
    }

    @Property(tries = TRIES)
    void aGeneratedConditionGivesTheSameCompiledAsRead(@ForAll("conditions") Condition condition,
                                                       @ForAll("intakes") Answers intake) {
        boolean reference = condition.test(intake);
        assertThat(CompiledRules.compile(questionnaire, condition).test(AnswerSlots.of(questionnaire, intake)))
                .as("%s", condition).isEqualTo(reference);
        Statistics.label("holds").collect(reference);
    }

    /**
     * Only the rules whose guarding choice is made are tested: a rule that holds is never left out, whatever its
     * condition. The shipped rules' conditions are replaced by generated ones (more than 64, so that the sets of
     * rules take two words).
     */
    @Property(tries = 100)
    void aRuleThatHoldsIsAmongThoseTested(@ForAll("ruleConditions") List<Condition> conditions,
                                          @ForAll("intakes") Answers intake) {
        List<org.triage.rules.Rule> generated = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            org.triage.rules.Rule r = rules.rules().get(i % rules.rules().size());
            generated.add(new org.triage.rules.Rule(r.id() + "." + i, r.description(), r.because(), r.sources(),
                    conditions.get(i), r.effects(), r.location()));
        }
        RuleSet set = new RuleSet(rules.version(), rules.content(), rules.decision(), rules.techniques(),
                rules.sources(), questionnaire, generated, List.of());
        long[] mayFire = new long[CompiledRules.words(generated.size())];
        set.compiled().mayFire(AnswerSlots.of(questionnaire, intake), mayFire);
        int held = 0;
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i).test(intake)) {
                held++;
                assertThat(mayFire[i >> 6] & 1L << i).as("%s left out", conditions.get(i)).isNotZero();
            }
        }
        Statistics.label("conditions that hold").collect(held == 0 ? "none" : held < 10 ? "1-9" : "10 or more");
    }

    @Provide
    Arbitrary<List<Condition>> ruleConditions() {
        return conditions().list().ofMinSize(65).ofMaxSize(70);
    }

    /** A bound is held as a closed range: an open one is moved to the next number inside, which must change nothing. */
    @net.jqwik.api.Example
    void aNumberJustInsideOrJustOutsideABoundIsTestedAsRead() {
        for (Operator op : List.of(Operator.EQUALS, Operator.LESS_THAN, Operator.AT_MOST, Operator.MORE_THAN,
                Operator.AT_LEAST, Operator.BETWEEN)) {
            for (double bound : new double[] {0, 4, 7.5, 10}) {
                Condition c = new Condition.NumberTest("pain_level", op, op == Operator.BETWEEN ? 0 : bound, bound);
                for (double v : new double[] {bound, Math.nextUp(bound), Math.nextDown(bound), -0.0, 0, 10}) {
                    Answers intake = Answers.NONE.with("pain_level", new org.triage.rules.Answer.Num(v));
                    assertThat(CompiledRules.compile(questionnaire, c).test(AnswerSlots.of(questionnaire, intake)))
                            .as("%s %s, answer %s", op, bound, v).isEqualTo(c.test(intake));
                }
            }
        }
    }

    @Property(tries = TRIES)
    void answersHeldByPositionReadBackAsGiven(@ForAll("intakes") Answers intake) {
        assertThat(AnswerSlots.of(questionnaire, intake).toAnswers()).isEqualTo(intake);
    }

    @Provide
    Arbitrary<Condition> conditions() {
        Arbitrary<Condition> leaf = Arbitraries.of(questionnaire.fields()).flatMap(this::leaf);
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMinSize(1).ofMaxSize(3).map(Condition.All::new),
                inner.list().ofMinSize(1).ofMaxSize(3).map(Condition.Any::new),
                inner.map(Condition.Not::new)), 0, 3);
    }

    /** A leaf the loader would accept on this field: an operator that applies to its type, values it has. */
    private Arbitrary<Condition> leaf(Field f) {
        List<Operator> ops = new ArrayList<>();
        for (Operator op : Operator.values()) {
            if (op.appliesTo(f.type()) && (op != Operator.IN_ANSWERS_OF || !multiFieldsSharingOptions(f).isEmpty())) {
                ops.add(op);
            }
        }
        return Arbitraries.of(ops).flatMap(op -> switch (op) {
            case ANSWERED -> Arbitraries.of(true, false).map(b -> new Condition.AnsweredTest(f.id(), b));
            case IN_ANSWERS_OF -> Arbitraries.of(multiFieldsSharingOptions(f))
                    .map(other -> new Condition.InAnswersOf(f.id(), other.id()));
            case EQUALS, IN, HAS, HAS_ANY, HAS_ALL, HAS_NONE -> f.type().isNumeric()
                    ? number(f).map(n -> new Condition.NumberTest(f.id(), op, n, 0))
                    : Arbitraries.subsetOf(f.optionIds()).ofMinSize(1).ofMaxSize(op == Operator.EQUALS ? 1 : 4)
                    .map(values -> new Condition.ChoiceTest(f.id(), op, new LinkedHashSet<>(values)));
            case LESS_THAN, AT_MOST -> number(f).map(n -> new Condition.NumberTest(f.id(), op, 0, n));
            case MORE_THAN, AT_LEAST -> number(f).map(n -> new Condition.NumberTest(f.id(), op, n, 0));
            case BETWEEN -> Combinators.combine(number(f), number(f))
                    .as((a, b) -> new Condition.NumberTest(f.id(), op, Math.min(a, b), Math.max(a, b)));
        });
    }

    private List<Field> multiFieldsSharingOptions(Field f) {
        return questionnaire.fields().stream().filter(o -> o.type() == FieldType.MULTI
                && o.optionIds().stream().anyMatch(f.optionIds()::contains)).toList();
    }

    /** A number in the field's range, often a whole one (the generated answers are mostly whole). */
    private static Arbitrary<Double> number(Field f) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between((int) f.min(), (int) f.max()).map(Integer::doubleValue),
                Arbitraries.doubles().between(f.min(), f.max()).ofScale(1));
    }
}
