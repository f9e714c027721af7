package org.waymark.aln.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.plans.domain.PlanType;

/** Who maintains the IDP, as a table: each outcome with every reason for it. */
class WhoMaintainsTest {

    @ParameterizedTest(name = "dual={0} looked after={1} TA hours={2} special={3} grounds={4} → {5} {6}")
    @CsvSource(nullValues = "-", value = {
            // nothing for the authority: the school secures the ALP from its delegated budget
            "false, false, -,    false, -,                    SCHOOL,    SCHOOL_SECURES",
            "false, false, 12.5, false, -,                    SCHOOL,    SCHOOL_SECURES",
            "false, false, 24.9, false, -,                    SCHOOL,    SCHOOL_SECURES",
            // facts on the record
            "true,  false, -,    false, -,                    AUTHORITY, DUALLY_REGISTERED",
            "false, true,  -,    false, -,                    AUTHORITY, LOOKED_AFTER",
            "false, false, 25,   false, -,                    AUTHORITY, TA_HOURS",
            "false, false, 32.5, false, -,                    AUTHORITY, TA_HOURS",
            "false, false, -,    true,  -,                    AUTHORITY, SPECIAL_PLACEMENT",
            // the school's grounds: ALP not reasonable for it to secure
            "false, false, -,    false, LOW_INCIDENCE,        AUTHORITY, LOW_INCIDENCE",
            "false, false, -,    false, SPECIALIST_INPUT,     AUTHORITY, SPECIALIST_INPUT",
            "false, false, -,    false, EQUIPMENT,            AUTHORITY, EQUIPMENT",
            "false, false, 20,   false, INTENSIVE_SUPPORT,    AUTHORITY, INTENSIVE_SUPPORT",
            // or ALN / ALP it cannot determine
            "false, false, -,    false, CANNOT_DETERMINE_ALN, AUTHORITY, CANNOT_DETERMINE_ALN",
            "false, false, -,    false, CANNOT_DETERMINE_ALP, AUTHORITY, CANNOT_DETERMINE_ALP",
            // every reason is given, facts first, then grounds in the form's order
            "true,  true,  27,   true,  EQUIPMENT LOW_INCIDENCE, AUTHORITY, DUALLY_REGISTERED LOOKED_AFTER TA_HOURS SPECIAL_PLACEMENT LOW_INCIDENCE EQUIPMENT",
    })
    void who_maintains(boolean dual, boolean lookedAfter, @Nullable BigDecimal hours, boolean special,
                       @Nullable String grounds, Maintainer expected, String reasons) {
        WhoMaintains.Outcome outcome = WhoMaintains.decide(new WhoMaintains.Facts(dual, lookedAfter, hours, special,
                reasons(grounds)));
        assertThat(outcome.maintainer()).isEqualTo(expected);
        assertThat(outcome.reasons()).containsExactlyElementsOf(reasonList(reasons));
        assertThat(outcome.reasons()).allMatch(r -> r.maintainer() == expected);
    }

    @ParameterizedTest(name = "dual={0} looked after={1} TA hours={2} special={3} grounds={4}: facts {5}, must refer {6}")
    @CsvSource(nullValues = "-", value = {
            "false, false, -,  false, LOW_INCIDENCE, -,                 false",
            "true,  false, -,  false, -,             DUALLY_REGISTERED, true",
            "false, true,  -,  false, -,             LOOKED_AFTER,      true",
            "false, false, 30, true,  EQUIPMENT,     TA_HOURS SPECIAL_PLACEMENT, false",
    })
    void facts_that_the_authority_cannot_hand_back_and_cases_the_school_must_refer(
            boolean dual, boolean lookedAfter, @Nullable BigDecimal hours, boolean special, @Nullable String grounds,
            @Nullable String facts, boolean mustRefer) {
        WhoMaintains.Facts input = new WhoMaintains.Facts(dual, lookedAfter, hours, special, reasons(grounds));
        assertThat(WhoMaintains.factsForAuthority(input)).containsExactlyElementsOf(reasonList(facts));
        assertThat(WhoMaintains.schoolMustRefer(input)).isEqualTo(mustRefer);
    }

    @ParameterizedTest(name = "{0} hours a week: {1}")
    @CsvSource({"0, true", "25, true", "37.5, true", "40, true", "40.1, false", "-1, false", "12.25, false"})
    void ta_hours_are_a_week_at_most_in_tenths(BigDecimal hours, boolean valid) {
        assertThat(WhoMaintains.check(new WhoMaintains.Facts(false, false, hours, false, Set.of())).isEmpty())
                .isEqualTo(valid);
    }

    @Test
    void a_fact_is_not_a_ground_a_school_may_give_and_each_maintainer_keeps_its_idp_type() {
        assertThat(WhoMaintains.check(new WhoMaintains.Facts(false, false, null, false,
                Set.of(MaintainerReason.LOOKED_AFTER)))).extracting(v -> v.field()).containsExactly("grounds");
        assertThat(MaintainerReason.grounds()).containsExactly(MaintainerReason.LOW_INCIDENCE,
                MaintainerReason.SPECIALIST_INPUT, MaintainerReason.EQUIPMENT, MaintainerReason.INTENSIVE_SUPPORT,
                MaintainerReason.CANNOT_DETERMINE_ALN, MaintainerReason.CANNOT_DETERMINE_ALP);
        assertThat(Maintainer.SCHOOL.planType()).isEqualTo(PlanType.IDP_SCHOOL);
        assertThat(Maintainer.AUTHORITY.planType()).isEqualTo(PlanType.IDP_LA);
        assertThat(PlanType.IDP_LA.maintainedByAuthority()).isTrue();
    }

    private static Set<MaintainerReason> reasons(@Nullable String names) {
        return Set.copyOf(reasonList(names));
    }

    private static List<MaintainerReason> reasonList(@Nullable String names) {
        if (names == null) {
            return List.of();
        }
        return Arrays.stream(names.trim().split("\\s+")).map(MaintainerReason::valueOf).collect(Collectors.toList());
    }
}
