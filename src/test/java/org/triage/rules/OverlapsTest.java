package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.problem.Problem;
import org.triage.rules.lint.Overlaps;

/** The note of rules check: techniques some intake both recommends and excludes, with the excluding rules. */
class OverlapsTest {

    @Test
    void anExclusionThatMeetsARecommendationForSomeIntakeIsCounted(@TempDir Path temp) {
        RuleSet base = load(LoadErrorTest.ruleSet(temp, LoadErrorTest.BASE));

        assertThat(Overlaps.of(base)).containsExactly(new Overlaps.Overlap("dry_needling", java.util.List.of("contra.needling")));
    }

    @Test
    void anExclusionThatNoIntakeRecommendingTheTechniqueMakesFireIsNotCounted(@TempDir Path temp) throws IOException {
        Path rules = LoadErrorTest.ruleSet(temp, LoadErrorTest.BASE);
        Files.writeString(rules.resolve("no-injury.yaml"), """
                rules:
                  - id: contra.no_injury_no_needling
                    description: Without an injury, no needling (dry needling is only recommended after one).
                    because: Needling is kept for healing injuries.
                    source: [DESIGN]
                    when: {field: injury_type, equals: none}
                    exclude: [dry_needling]
                """);

        assertThat(Overlaps.of(load(rules))).singleElement()
                .satisfies(o -> assertThat(o.excludedBy()).containsExactly("contra.needling"));
    }

    @Test
    void inTheShippedRulesDryNeedlingIsExcludedOverARecommendationByTheBleedingDisorderRule() {
        assertThat(Overlaps.of(ShippedRuleSetTest.shipped())).anySatisfy(o -> {
            assertThat(o.technique()).isEqualTo("dry_needling");
            assertThat(o.excludedBy()).contains("contra.bleeding_disorder");
        });
    }

    private static RuleSet load(Path rules) {
        LoadResult result = RuleSetLoader.load(rules, "rules");
        assertThat(result.problems()).extracting(Problem::render).isEmpty();
        return result.ruleSet().orElseThrow();
    }
}
