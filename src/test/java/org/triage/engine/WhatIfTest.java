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

    /** Trigger points in the low back of a client unsure about needles: STM, dry needling ruled out until a yes. */
    private static Intake unsureAboutNeedles() {
        return Intake.baseline().with("goals", "pain_relief").with("pain_level", 5).with("pain_regions", "lower_back")
                .with("symptoms", "trigger_points").with("needles_ok", "unsure");
    }

    @Test
    void aYesToNeedlesIsFoundToLiftTheDryNeedlingExclusionWithTheOutcomeUnchanged() {
        Intake unsure = unsureAboutNeedles();
        assertThat(unsure.recommend().excluded()).extracting(t -> t.technique().id()).contains("dry_needling");

        var changes = WhatIf.search(ShippedRules.get(), unsure.answers());

        assertThat(changes).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("needles_ok");
            assertThat(c.alternatives()).containsExactly("yes");
            assertThat(c.kind()).isEqualTo(WhatIf.Kind.LIFTS_EXCLUSION);
            assertThat(c.lifts()).containsExactly("dry_needling");
            assertThat(c.outcome()).isEqualTo(WhatIf.label(unsure.recommend()));
        });
        Intake agreed = unsure.with("needles_ok", "yes");
        assertThat(agreed.recommend().excluded()).extracting(t -> t.technique().id()).doesNotContain("dry_needling");
    }

    @Test
    void theChangesAClinicianCanActOnComeBeforeThoseThatReferOrLeaveTheIntakeIncomplete() {
        var changes = WhatIf.search(ShippedRules.get(), unsureAboutNeedles().answers());

        assertThat(changes).extracting(WhatIf.Change::kind).isSorted()
                .contains(WhatIf.Kind.LIFTS_EXCLUSION, WhatIf.Kind.REFERRAL, WhatIf.Kind.INCOMPLETE);
        assertThat(WhatIf.search(ShippedRules.get(), Intake.baseline().answers()))
                .extracting(WhatIf.Change::kind).isSorted().first().isEqualTo(WhatIf.Kind.CARE);
    }

    /** Leaving a question out is no way to reach a technique; it is shown only where it refers or is incomplete. */
    @Test
    void notAnsweringIsNeverOfferedAsAWayToATechniqueOrAnApproach() {
        for (Intake intake : java.util.List.of(Intake.baseline(), unsureAboutNeedles(),
                Intake.baseline().with("injury_type", "sprain_strain").with("injury_days_ago", 30)
                        .with("injury_region", "knee").with("pain_regions", "knee"))) {
            assertThat(WhatIf.search(ShippedRules.get(), intake.answers()))
                    .filteredOn(c -> c.kind() == WhatIf.Kind.CARE || c.kind() == WhatIf.Kind.LIFTS_EXCLUSION)
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.alternatives()).doesNotContain("not answered"));
        }
    }
}
