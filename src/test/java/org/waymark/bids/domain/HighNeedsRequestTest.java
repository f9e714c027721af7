package org.waymark.bids.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighNeedsRequestTest {

    @ParameterizedTest(name = "holds {0}, asks {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            // nothing held: a new application to the main panel
            "-,    HLN1, NEW_APPLICATION",
            "-,    HLN3, NEW_APPLICATION",
            // the same level again, or less, while the award is ending: a resubmission
            "HLN1, HLN1, RESUBMISSION",
            "HLN2, HLN2, RESUBMISSION",
            "HLN3, HLN1, RESUBMISSION",
            "HLN2, HLN1, RESUBMISSION",
            // only a higher level is an increase (a new application to the main panel)
            "HLN1, HLN2, INCREASE",
            "HLN1, HLN3, INCREASE",
            "HLN2, HLN3, INCREASE",
            // AFN held, or asked, is not an HLN request
            "AFN,  HLN1, NEW_APPLICATION",
            "HLN2, AFN,  NOT_HLN",
            "-,    AFN,  NOT_HLN",
            "HLN1, -,    NOT_HLN"
    })
    void the_panel_follows_what_is_held_and_what_is_asked(@Nullable String held, @Nullable String asked,
                                                          HighNeedsRequest expected) {
        assertThat(HighNeedsRequest.classify(held, asked)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"RESUBMISSION, true", "INCREASE, false", "NEW_APPLICATION, false", "NOT_HLN, false"})
    void only_a_resubmission_goes_to_the_resubmission_panel(HighNeedsRequest kind, boolean resubmission) {
        assertThat(kind.resubmission()).isEqualTo(resubmission);
    }
}
