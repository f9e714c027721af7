package org.waymark.panels.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.Phase;
import org.waymark.security.domain.Role;

class PanelMakeUpTest {

    /**
     * A member as "CAPACITY/ROLE/PHASE", e.g. "HEAD_TEACHER/HEAD_TEACHER/PRIMARY" (phase "-" when
     * the account has no school).
     */
    private static PanelMakeUp.Member member(String spec) {
        String[] parts = spec.trim().split("/");
        @Nullable Phase phase = parts[2].equals("-") ? null : Phase.valueOf(parts[2]);
        return new PanelMakeUp.Member(SeatCapacity.valueOf(parts[0]), EnumSet.of(Role.valueOf(parts[1])), phase);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(nullValues = "", delimiter = '|', value = {
            // the demo's main panel today: officers only — everything missing
            "HLN_MAIN         | SENIOR_OFFICER/LEAD_SEND_COORDINATOR/-, OFFICER/PANEL_MEMBER/-"
                    + " | familySenco head.PRIMARY head.SECONDARY",
            // as the seed says: a Family SENCO and a head from each phase
            "HLN_MAIN         | SENCO/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/PRIMARY, HEAD_TEACHER/HEAD_TEACHER/SECONDARY |",
            // the resubmission panel has the same members, so the same check
            "HLN_RESUBMISSION | SENCO/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/PRIMARY | head.SECONDARY",
            // a school SENCO is not a Family SENCO
            "HLN_MAIN         | SENCO/SCHOOL_SENCO/PRIMARY, HEAD_TEACHER/HEAD_TEACHER/PRIMARY, HEAD_TEACHER/HEAD_TEACHER/SECONDARY"
                    + " | familySenco",
            // a Family SENCO sitting in another capacity does not sit as the Family SENCO
            "HLN_MAIN         | OTHER/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/PRIMARY, HEAD_TEACHER/HEAD_TEACHER/SECONDARY"
                    + " | familySenco",
            // the head of an all-through school represents both phases
            "HLN_MAIN         | SENCO/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/ALL_THROUGH |",
            // a special school's or nursery's head does not stand for primary or secondary
            "HLN_MAIN         | SENCO/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/SPECIAL, HEAD_TEACHER/HEAD_TEACHER/EARLY_YEARS"
                    + " | head.PRIMARY head.SECONDARY",
            // a head teacher whose account has no school represents no phase
            "HLN_MAIN         | SENCO/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/-, HEAD_TEACHER/HEAD_TEACHER/SECONDARY"
                    + " | head.PRIMARY",
            // two primary heads do not make a secondary one
            "HLN_MAIN         | SENCO/FAMILY_SENCO/-, HEAD_TEACHER/HEAD_TEACHER/PRIMARY, HEAD_TEACHER/HEAD_TEACHER/PRIMARY"
                    + " | head.SECONDARY",
            // nobody sitting: all three named
            "HLN_MAIN         |  | familySenco head.PRIMARY head.SECONDARY",
            // other panels have their own rules (appeals) or none from the seed
            "APPEALS          | SENIOR_OFFICER/PERSONALISATION_OFFICER/- |",
            "SEND_RESOURCE    |  |",
    })
    void an_hln_panel_needs_a_family_senco_and_a_head_from_each_phase(PanelKind kind, @Nullable String members,
                                                                      @Nullable String missing) {
        List<PanelMakeUp.Member> sitting = new ArrayList<>();
        if (members != null) {
            for (String spec : members.split(",")) {
                sitting.add(member(spec));
            }
        }
        List<String> expected = missing == null ? List.of()
                : List.of(missing.trim().split(" ")).stream().map(k -> "panel.makeUp." + k).toList();
        assertThat(PanelMakeUp.missing(kind, sitting)).extracting(Violation::messageKey)
                .containsExactlyElementsOf(expected);
    }
}
