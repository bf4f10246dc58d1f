package org.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triage.engine.CaseCheck;

/** The shipped rules/ folder is under test: it loads cleanly and its own cases pass. */
class ShippedRuleSetTest {

    static RuleSet shipped() {
        LoadResult result = RuleSetLoader.builtIn();
        assertThat(result.problems()).as("problems in the shipped rule set").isEmpty();
        return result.ruleSet().orElseThrow();
    }

    @Test
    void loadsWithNoProblems() {
        RuleSet rs = shipped();
        assertThat(rs.rules()).isNotEmpty();
        assertThat(rs.cases()).isNotEmpty();
        assertThat(rs.sha256()).hasSize(64);
    }

    @Test
    void everyQuestionSaysWhichPartOfTheIntakeItIsIn() {
        RuleSet rs = shipped();
        assertThat(rs.questionnaire().fields()).allSatisfy(f -> assertThat(f.section()).as(f.id()).isPresent());
        assertThat(rs.questionnaire().field("red_flags").flatMap(Field::section)).contains(Section.SCREENING);
        assertThat(rs.questionnaire().field("injury_type").flatMap(Field::section)).contains(Section.INJURY_HISTORY);
        assertThat(rs.questionnaire().fields().stream().flatMap(f -> f.section().stream()).distinct())
                .containsExactlyInAnyOrder(Section.values());
    }

    @TestFactory
    Stream<DynamicTest> everyCasePasses() {
        RuleSet rs = shipped();
        return rs.cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.location() + ")", () -> {
            CaseCheck.Outcome o = CaseCheck.run(rs, c);
            assertThat(o.failures()).as("case '%s' fired %s", c.name(), o.result().rulesFired()).isEmpty();
        }));
    }

    @Test
    void everyRuleFiresInSomeCase() {
        RuleSet rs = shipped();
        Set<String> covered = rs.cases().stream().flatMap(c -> CaseCheck.run(rs, c).result().rulesFired().stream())
                .collect(Collectors.toSet());
        List<String> uncovered = rs.rules().stream().map(Rule::id).filter(id -> !covered.contains(id)).toList();
        assertThat(uncovered).as("rules that no case makes fire").isEmpty();
    }

    @Test
    void everyReferralRuleHasAPositiveAndANegativeCase() {
        RuleSet rs = shipped();
        Set<String> missing = new TreeSet<>();
        for (Rule rule : rs.rules()) {
            if (!rule.refers()) {
                continue;
            }
            boolean positive = rs.cases().stream().anyMatch(c -> c.expect().fired().contains(rule.id())
                    && CaseCheck.run(rs, c).result().rulesFired().contains(rule.id()));
            boolean negative = rs.cases().stream().anyMatch(c -> c.expect().notFired().contains(rule.id())
                    && !CaseCheck.run(rs, c).result().rulesFired().contains(rule.id()));
            if (!positive) {
                missing.add(rule.id() + " has no positive case");
            }
            if (!negative) {
                missing.add(rule.id() + " has no negative case");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleCitesASource() {
        assertThat(shipped().rules()).allSatisfy(r -> assertThat(r.sources()).as(r.id()).isNotEmpty());
    }
}
