package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.triage.problem.Problem;
import org.triage.rules.Answers;
import org.triage.rules.LoadResult;
import org.triage.rules.RuleSet;
import org.triage.rules.RuleSetLoader;

/**
 * The engine gives what the plain reference engine gives ({@link ReferenceEngine}): on the shipped rules, and on
 * a variant made to reach what they do not (a follow-up that depends on another follow-up, rules that share a
 * sentence or a precaution note, a precaution naming a technique twice).
 */
class ReferenceEngineProperties {

    private static final RuleSet SHIPPED = ShippedRules.get();
    private static final RuleSet STRESSED = stressed();

    @Provide
    Arbitrary<Answers> shippedIntakes() {
        return Intakes.of(SHIPPED);
    }

    @Provide
    Arbitrary<Answers> stressedIntakes() {
        return Intakes.of(STRESSED);
    }

    @Property(tries = 5_000)
    void theShippedRulesGiveWhatTheReferenceGives(@ForAll("shippedIntakes") Answers intake) {
        assertSame(SHIPPED, intake);
    }

    @Property(tries = 5_000)
    void rulesThatShareSentencesAndChainedFollowUpsGiveWhatTheReferenceGives(@ForAll("stressedIntakes") Answers intake) {
        assertSame(STRESSED, intake);
    }

    private static void assertSame(RuleSet rules, Answers intake) {
        ReferenceEngine.Result expected = ReferenceEngine.evaluate(rules, intake);
        assertThat(ReferenceEngine.Result.of(Engine.evaluate(rules, intake))).isEqualTo(expected);
        Statistics.label("outcome").collect(expected.outcome().id());
        Statistics.label("answers ignored").collect(expected.ignored().isEmpty() ? "none" : "some");
    }

    /** The shipped rules, with scar_tissue asked after a follow-up too, and rules repeating others' words. */
    private static RuleSet stressed() {
        try {
            Path dir = Files.createTempDirectory("triage-stressed-rules");
            dir.toFile().deleteOnExit();
            try (Stream<Path> files = Files.list(Path.of("rules"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            Path questions = dir.resolve("questions.yaml");
            String text = Files.readString(questions);
            String plain = "    ask_when: {field: injury_type, equals: surgery}";
            assertThat(text).contains(plain);
            Files.writeString(questions, text.replace(plain, "    ask_when: {any: [{all: [{field: injury_type, equals: "
                    + "surgery}, {field: injury_region, in: [knee, shoulder, lower_back]}]}, {field: fracture_healed, "
                    + "equals: \"no\"}]}"));
            Files.writeString(dir.resolve("stress.yaml"), """
                    rules:
                      - id: stress.same_reason_as_wellness
                        description: Repeats the sentence of another rule that recommends the same techniques.
                        because: Your goals, such as relaxation, stress relief or easing general muscle tension, are what massage is for.
                        source: [DESIGN]
                        when: {field: activity, equals: athlete}
                        recommend: [effleurage, kneading, iastm, movement_assessment]
                      - id: stress.same_exclusion_sentence
                        description: Repeats the sentence of the needle refusal.
                        because: You told us you do not want needles, so dry needling is not used.
                        source: [DESIGN]
                        when: {field: prior_massage, equals: helped}
                        exclude: [dry_needling]
                        precaution:
                          - techniques: [effleurage, effleurage, iastm, corrective_exercise]
                            note: Light pressure only.
                      - id: stress.scar_follow_up
                        description: Looks at the follow-up that now depends on another follow-up.
                        because: Scar tissue can be worked on gently.
                        source: [DESIGN]
                        when: {field: scar_tissue, equals: "yes"}
                        recommend: [iastm, effleurage]
                        precaution:
                          - techniques: [iastm]
                            note: Light pressure only.
                    """);
            LoadResult result = RuleSetLoader.load(dir, "stressed-rules", RuleSetLoader.Cases.SKIP);
            return result.ruleSet().orElseThrow(() -> new IllegalStateException(result.problems().stream()
                    .map(Problem::render).collect(Collectors.joining(System.lineSeparator()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
