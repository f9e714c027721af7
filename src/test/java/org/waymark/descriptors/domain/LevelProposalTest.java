package org.waymark.descriptors.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The documented level-proposal rule: in an area, the highest column at least two themes reach. */
class LevelProposalTest {

    static LevelProposal.Choice c(String area, String theme, String level) {
        return new LevelProposal.Choice(area, theme, level);
    }

    @Test
    void two_themes_at_afn_propose_afn_and_one_outlier_does_not_lift_it() {
        LevelProposal.Proposal p = LevelProposal.propose(List.of(c("CL", "CL1", "AFN"), c("CL", "CL2", "AFN"),
                c("CL", "CL3", "HLN3"), c("CL", "CL4", "CORE")), 2).orElseThrow();
        assertThat(p.levelCode()).isEqualTo("AFN");
        assertThat(p.themesAtOrAbove()).isEqualTo(3);
        assertThat(p.themesChosen()).isEqualTo(4);
    }

    @Test
    void higher_columns_count_towards_lower_ones_because_descriptors_are_cumulative() {
        assertThat(LevelProposal.propose(List.of(c("CL", "CL1", "HLN1"), c("CL", "CL2", "HLN3")), 2).orElseThrow()
                .levelCode()).isEqualTo("HLN1");
    }

    @Test
    void the_highest_area_wins_and_a_single_theme_area_needs_only_itself() {
        LevelProposal.Proposal p = LevelProposal.propose(List.of(c("CL", "CL1", "AFN"), c("CL", "CL2", "AFN"),
                c("SMP", "SMP1", "HLN1")), 2).orElseThrow();
        assertThat(p.levelCode()).isEqualTo("HLN1");
        assertThat(p.areaCode()).isEqualTo("SMP");
    }

    @Test
    void the_threshold_is_configurable_and_nothing_chosen_proposes_nothing() {
        List<LevelProposal.Choice> choices = List.of(c("BES", "BES1", "HLN1"), c("BES", "BES2", "AFN"),
                c("BES", "BES3", "AFN"));
        assertThat(LevelProposal.propose(choices, 1).orElseThrow().levelCode()).isEqualTo("HLN1");
        assertThat(LevelProposal.propose(choices, 3).orElseThrow().levelCode()).isEqualTo("AFN");
        assertThat(LevelProposal.propose(List.of(), 2)).isEmpty();
        assertThat(LevelProposal.propose(List.of(c("CL", "CL1", "CORE"), c("CL", "CL2", "CORE")), 2).orElseThrow()
                .levelCode()).isEqualTo("CORE");
    }
}
