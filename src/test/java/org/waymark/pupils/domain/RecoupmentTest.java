package org.waymark.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.LocalAuthority;

class RecoupmentTest {

    /** A portal authority whose code is its DfE code. */
    private static final LocalAuthority BIRMINGHAM = LocalAuthority.create("330", "Birmingham City Council", null,
            Nation.ENGLAND, Set.of());
    /** A portal authority with a code of its own: known by its names. */
    private static final LocalAuthority SWANSEA = LocalAuthority.create("SWA", "City and County of Swansea",
            "Dinas a Sir Abertawe", Nation.WALES, Set.of());

    @ParameterizedTest(name = "{0}: home ''{1}'', looked after {2} by ''{3}'' -> {4}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            // nobody else recorded: this authority is responsible
            "330 | -         | false | -   | -",
            "330 | '   '     | false | -   | -",
            // resident in another authority: recouped from it, named in words
            "330 | 331       | false | -   | Coventry",
            "330 | ' 331 '   | false | -   | Coventry",
            "SWA | 681       | false | -   | Cardiff",
            // the authority itself, by its code or by its name in either language, is never "other"
            "330 | 330       | false | -   | -",
            "SWA | 670       | false | -   | -",
            // looked after by another authority: that authority is responsible
            "330 | -         | true  | 681 | Cardiff",
            // ... even when the home authority recorded is this one
            "330 | 330       | true  | 681 | Cardiff",
            // looked after by this authority: it is responsible, wherever the child lives
            "330 | -         | true  | 330 | -",
            "330 | 331       | true  | 330 | -",
            "SWA | S12000036 | true  | 670 | -",
            // looked after, no authority named: the home authority decides
            "330 | 331       | true  | -   | Coventry",
            // a looked-after-by left over from when the child was looked after does not count
            "330 | -         | false | 681 | -",
    })
    void the_other_responsible_authority(String ownCode, @Nullable String home, boolean lookedAfter,
                                         @Nullable String lookedAfterBy, @Nullable String recoupFrom) {
        LocalAuthority own = ownCode.equals("SWA") ? SWANSEA : BIRMINGHAM;
        assertThat(Recoupment.from(home, lookedAfter, lookedAfterBy, own)).isEqualTo(recoupFrom);
    }
}
