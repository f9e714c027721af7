package org.waymark.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.LocalAuthority;

class RecoupmentTest {

    private static final LocalAuthority WEALDSHIRE = LocalAuthority.create("WLD", "Wealdshire County Council", null,
            Nation.ENGLAND, Set.of());
    private static final LocalAuthority GLANMOR = LocalAuthority.create("GLM", "Glanmor County Council",
            "Cyngor Sir Glanmor", Nation.WALES, Set.of());

    @ParameterizedTest(name = "{0}: home ''{1}'', looked after {2} by ''{3}'' -> {4}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            // nobody else recorded: this authority is responsible
            "WLD | -                              | false | -                             | -",
            "WLD | '   '                          | false | -                             | -",
            // resident in another authority: recouped from it, as typed but trimmed
            "WLD | Brackenmoor Borough Council    | false | -                             | Brackenmoor Borough Council",
            "WLD | '  Brackenmoor Borough Council '| false | -                             | Brackenmoor Borough Council",
            // the authority's own name, in any case and with spaces, or its code, is never "other"
            "WLD | Wealdshire County Council      | false | -                             | -",
            "WLD | ' wealdshire county council  '  | false | -                             | -",
            "WLD | wld                            | false | -                             | -",
            // a Welsh authority's Welsh name is its own name too
            "GLM | Cyngor Sir Glanmor             | false | -                             | -",
            "GLM | glanmor county council        | false | -                             | -",
            // looked after by another authority: that authority is responsible
            "WLD | -                              | true  | Brackenmoor Borough Council   | Brackenmoor Borough Council",
            // ... even when the home authority recorded is this one
            "WLD | Wealdshire County Council      | true  | Brackenmoor Borough Council   | Brackenmoor Borough Council",
            // looked after by this authority: it is responsible, wherever the child lives
            "WLD | -                              | true  | Wealdshire County Council     | -",
            "WLD | Brackenmoor Borough Council    | true  | WEALDSHIRE COUNTY COUNCIL     | -",
            // looked after, no authority named: the home authority decides
            "WLD | Brackenmoor Borough Council    | true  | -                             | Brackenmoor Borough Council",
            // a looked-after-by left over from when the child was looked after does not count
            "WLD | -                              | false | Brackenmoor Borough Council   | -",
    })
    void the_other_responsible_authority(String ownCode, @Nullable String home, boolean lookedAfter,
                                         @Nullable String lookedAfterBy, @Nullable String recoupFrom) {
        LocalAuthority own = ownCode.equals("GLM") ? GLANMOR : WEALDSHIRE;
        assertThat(Recoupment.from(home, lookedAfter, lookedAfterBy, own)).isEqualTo(recoupFrom);
    }
}
