package org.waymark.plans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PlanVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void content_survives_the_json_round_trip_exactly() {
        PlanContent content = PlanFixtures.content();
        assertThat(PlanContentCodec.decode(PlanContentCodec.encode(content))).isEqualTo(content);
    }

    @Test
    void an_agreed_version_can_never_change() {
        PlanVersion version = PlanVersion.draft(1, 1, PlanFixtures.content(), "senco", NOW);
        version.replaceContent(PlanContent.empty(), "senco", NOW);
        assertThat(version.content()).isEqualTo(PlanContent.empty());
        version.agree("head", NOW);
        assertThatThrownBy(() -> version.replaceContent(PlanFixtures.content(), "senco", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> version.agree("head", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(version.getAgreedBy()).isEqualTo("head");
    }

    @Test
    void totals_add_up_the_provision() {
        assertThat(PlanFixtures.content().totalHoursPerWeek()).isEqualByComparingTo("1.5");
        assertThat(PlanFixtures.content().totalAnnualCost()).isEqualByComparingTo("1850");
    }
}
