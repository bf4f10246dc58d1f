package org.triage.prove;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.triage.problem.Location;
import org.triage.rules.Answer;
import org.triage.rules.Answers;
import org.triage.rules.Approach;
import org.triage.rules.Condition;
import org.triage.rules.Decision;
import org.triage.rules.Effects;
import org.triage.rules.Field;
import org.triage.rules.FieldType;
import org.triage.rules.Operator;
import org.triage.rules.Option;
import org.triage.rules.Outcome;
import org.triage.rules.Policy;
import org.triage.rules.Questionnaire;
import org.triage.rules.Requirement;
import org.triage.rules.Rule;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;
import org.triage.rules.Technique;
import org.triage.rules.Urgency;

/**
 * Rule sets and policies generated over a small questionnaire that has every kind of field the language has (a
 * screening multi-choice with an exclusive option, a single choice, a yes/no and a number follow-up, an integer and
 * a decimal number), small enough that every intake it allows can be listed.
 */
final class GeneratedRuleSets {

    static final Location AT = Location.of("generated");
    static final List<String> TECHNIQUES = List.of("m1", "m2", "s1", "s2");

    static final Questionnaire QUESTIONNAIRE = new Questionnaire(List.of(
            new Field("flags", FieldType.MULTI, "", "", List.of(option("x", false), option("y", false),
                    option("z", false), option("none", true)), 0, 0, true, Optional.empty()),
            new Field("kind", FieldType.SINGLE, "", "", List.of(option("a", false), option("b", false),
                    option("c", false)), 0, 0, false, Optional.empty()),
            new Field("healed", FieldType.YES_NO, "", "", List.of(), 0, 0, false,
                    Optional.of(new Condition.ChoiceTest("kind", Operator.EQUALS, java.util.Set.of("a")))),
            new Field("days", FieldType.INTEGER, "", "", List.of(), 0, 6, false,
                    Optional.of(new Condition.ChoiceTest("flags", Operator.HAS, java.util.Set.of("x")))),
            new Field("pain", FieldType.INTEGER, "", "", List.of(), 0, 4, false, Optional.empty()),
            new Field("score", FieldType.NUMBER, "", "", List.of(), 0, 2, false, Optional.empty())));

    private static final RuleSet BASE = RuleSetLoader.builtIn(RuleSetLoader.Cases.SKIP).ruleSet().orElseThrow();

    private GeneratedRuleSets() {
    }

    private static Option option(String id, boolean exclusive) {
        return new Option(id, id, exclusive);
    }

    static Arbitrary<RuleSet> ruleSets() {
        Arbitrary<Decision> decision = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.of(Approach.class)).as((margin, tie) -> new Decision(margin, tie, AT));
        return Combinators.combine(decision, rule().list().ofMinSize(1).ofMaxSize(8), policy().list().ofMinSize(1)
                .ofMaxSize(3)).as(GeneratedRuleSets::ruleSet);
    }

    private static RuleSet ruleSet(Decision decision, List<Rule> rules, List<Policy> policies) {
        List<Technique> techniques = TECHNIQUES.stream()
                .map(t -> new Technique(t, t.startsWith("m") ? Approach.MASSAGE : Approach.STM, t, AT)).toList();
        List<Rule> numbered = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            numbered.add(new Rule("rule." + i, "", "because " + i, List.of("S"), r.when(), r.effects(), AT));
        }
        List<Policy> named = new ArrayList<>();
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            named.add(new Policy("policy." + i, "", List.of("S"), p.when(), p.requirement(), AT));
        }
        return new RuleSet("0", BASE.content(), decision, techniques, Map.of("S", "a source"), QUESTIONNAIRE,
                numbered, List.of(), named);
    }

    private static Arbitrary<Rule> rule() {
        Arbitrary<Optional<Urgency>> refer = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Optional.<Urgency>empty())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Urgency.class).map(Optional::of)));
        Arbitrary<Map<Approach, Integer>> scores = Combinators.combine(Arbitraries.integers().between(-1, 3),
                Arbitraries.integers().between(-1, 3)).as((m, s) -> Map.of(Approach.MASSAGE, m, Approach.STM, s));
        Arbitrary<List<String>> some = Arbitraries.subsetOf(TECHNIQUES).map(List::copyOf);
        Arbitrary<Effects> effects = Combinators.combine(scores, some, some, refer)
                .as((sc, rec, exc, ref) -> new Effects(sc, rec, exc, List.of(), ref));
        return Combinators.combine(condition(), effects)
                .as((when, e) -> new Rule("r", "", "", List.of("S"), when, e, AT));
    }

    private static Arbitrary<Policy> policy() {
        Arbitrary<Optional<Condition>> when = Arbitraries.oneOf(Arbitraries.just(Optional.empty()),
                condition().map(Optional::of), condition().map(Optional::of));
        Arbitrary<Requirement> req = Combinators.combine(Arbitraries.subsetOf(EnumSet.allOf(Outcome.class)),
                Arbitraries.of(Urgency.class).optional(0.2), Arbitraries.subsetOf(TECHNIQUES).map(List::copyOf),
                Arbitraries.subsetOf(TECHNIQUES).ofMaxSize(1).map(List::copyOf), Arbitraries.of(true, false),
                Arbitraries.of(true, false))
                .as((o, u, never, exc, none, both) -> new Requirement(o, u, never, exc, none, both))
                .filter(r -> !r.isEmpty());
        return Combinators.combine(when, req).as((w, r) -> new Policy("p", "", List.of("S"), w, r, AT));
    }

    static Arbitrary<Condition> condition() {
        Arbitrary<Condition> leaf = Arbitraries.of(QUESTIONNAIRE.fields()).flatMap(GeneratedRuleSets::leaf);
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMinSize(1).ofMaxSize(3).map(Condition.All::new),
                inner.list().ofMinSize(1).ofMaxSize(3).map(Condition.Any::new),
                inner.map(Condition.Not::new)), 0, 2);
    }

    private static Arbitrary<Condition> leaf(Field f) {
        List<Operator> ops = java.util.Arrays.stream(Operator.values())
                .filter(op -> op.appliesTo(f.type()) && op != Operator.IN_ANSWERS_OF).toList();
        return Arbitraries.of(ops).flatMap(op -> switch (op) {
            case ANSWERED -> Arbitraries.of(true, false).map(b -> new Condition.AnsweredTest(f.id(), b));
            case LESS_THAN, AT_MOST -> number(f).map(n -> new Condition.NumberTest(f.id(), op, 0, n));
            case MORE_THAN, AT_LEAST -> number(f).map(n -> new Condition.NumberTest(f.id(), op, n, 0));
            case BETWEEN -> Combinators.combine(number(f), number(f))
                    .as((a, b) -> new Condition.NumberTest(f.id(), op, Math.min(a, b), Math.max(a, b)));
            default -> f.type().isNumeric() ? number(f).map(n -> new Condition.NumberTest(f.id(), op, n, 0))
                    : Arbitraries.subsetOf(f.optionIds()).ofMinSize(1).ofMaxSize(op == Operator.EQUALS ? 1 : 3)
                    .map(v -> new Condition.ChoiceTest(f.id(), op, new LinkedHashSet<>(v)));
        });
    }

    private static Arbitrary<Double> number(Field f) {
        return f.type() == FieldType.INTEGER ? Arbitraries.integers().between((int) f.min(), (int) f.max())
                .map(Integer::doubleValue) : Arbitraries.of(0.0, 0.5, 1.0, 1.25, 2.0);
    }

    /** The decimal answers: every threshold the generated conditions use, and a number between each two. */
    static final List<Double> DECIMALS = List.of(0.0, 0.25, 0.5, 0.75, 1.0, 1.1, 1.25, 1.5, 2.0);

    /**
     * Every intake whose answers all apply, each number field with each of its whole numbers (the decimal one with
     * {@link #DECIMALS}): all the intakes the engine tells apart.
     */
    static List<Answers> everyIntake() {
        List<Map<String, Answer>> out = new ArrayList<>();
        out.add(new java.util.LinkedHashMap<>());
        for (Field f : QUESTIONNAIRE.fields()) {
            List<Map<String, Answer>> next = new ArrayList<>();
            for (Map<String, Answer> partial : out) {
                boolean applies = f.askWhen().map(c -> c.test(new Answers(partial))).orElse(true);
                next.add(partial);
                for (Answer a : applies ? every(f) : List.<Answer>of()) {
                    Map<String, Answer> more = new java.util.LinkedHashMap<>(partial);
                    more.put(f.id(), a);
                    next.add(more);
                }
            }
            out = next;
        }
        return out.stream().map(Answers::new).toList();
    }

    private static List<Answer> every(Field f) {
        List<Answer> out = new ArrayList<>();
        switch (f.type()) {
            case MULTI -> {
                out.add(new Answer.Choices(List.of("none")));
                for (int bits = 1; bits < 8; bits++) {
                    int b = bits;
                    out.add(new Answer.Choices(java.util.stream.IntStream.range(0, 3).filter(i -> (b >> i & 1) != 0)
                            .mapToObj(i -> List.of("x", "y", "z").get(i)).toList()));
                }
            }
            case SINGLE, YES_NO -> f.optionIds().forEach(id -> out.add(new Answer.Choice(id)));
            case INTEGER -> java.util.stream.IntStream.rangeClosed((int) f.min(), (int) f.max())
                    .forEach(n -> out.add(new Answer.Num(n)));
            default -> DECIMALS.forEach(d -> out.add(new Answer.Num(d)));
        }
        return out;
    }

    /** Raw intakes: any answer to any field, follow-ups that do not apply included (the engine drops them). */
    static Arbitrary<Answers> intakes() {
        List<Arbitrary<Optional<Answer>>> per = QUESTIONNAIRE.fields().stream().map(GeneratedRuleSets::answer).toList();
        return Combinators.combine(per).as(list -> {
            Map<String, Answer> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < list.size(); i++) {
                int k = i;
                list.get(i).ifPresent(a -> m.put(QUESTIONNAIRE.fields().get(k).id(), a));
            }
            return new Answers(m);
        });
    }

    private static Arbitrary<Optional<Answer>> answer(Field f) {
        Arbitrary<Answer> a = switch (f.type()) {
            case MULTI -> Arbitraries.oneOf(Arbitraries.just(new Answer.Choices(List.of("none"))),
                    Arbitraries.subsetOf("x", "y", "z").ofMinSize(1).map(s -> new Answer.Choices(
                            List.of("x", "y", "z").stream().filter(s::contains).toList())));
            case SINGLE, YES_NO -> Arbitraries.of(f.optionIds()).map(Answer.Choice::new);
            case INTEGER -> Arbitraries.integers().between((int) f.min(), (int) f.max()).map(n -> new Answer.Num(n));
            default -> Arbitraries.of(DECIMALS).map(Answer.Num::new);
        };
        return a.optional(0.8);
    }
}
