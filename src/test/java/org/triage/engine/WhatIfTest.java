package org.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "What would change this" is found by evaluating alternatives on the engine. */
class WhatIfTest {

    @Test
    void aPainLevelOfFourOrMoreTurnsMildPainMassageIntoStm() {
        Intake mild = Intake.baseline().with("pain_level", 2);

        var changes = WhatIf.search(ShippedRules.get(), mild.answers());

        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("pain_level");
            assertThat(c.change()).isEqualTo("4 or more");
            assertThat(c.outcome()).isEqualTo("stm");
        });
    }

    @Test
    void everyChangeReallyChangesTheOutcomeWhenApplied() {
        Intake mild = Intake.baseline();
        Recommendation now = mild.recommend();

        assertThat(WhatIf.search(ShippedRules.get(), mild.answers()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.outcome()).isNotEqualTo(WhatIf.label(now)));
    }

    @Test
    void addingAnEmergencyRedFlagReplacesNoneAndRefers() {
        var changes = WhatIf.search(ShippedRules.get(), Intake.baseline().answers());

        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("red_flags");
            assertThat(c.change()).contains("saddle_numbness").doesNotContain("also");
            assertThat(c.outcome()).isEqualTo("refer (emergency)");
        });
    }
}
