package org.waymark.demo.service;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.Term;

/**
 * The shape of one invented demo authority: its families, schools, terms and the suffix of its
 * demo logins, and whom parents contact about SEND decisions. All names are invented; the contacts use
 * the reserved {@code .example} domain and Ofcom's numbers for drama (01632 960xxx).
 */
record DemoAuthority(String code, String name, @Nullable String nameCy, Nation nation, Set<Scheme> schemes,
                     String usernameSuffix, int upnAuthorityNumber, List<DemoFamily> families, List<Term> terms,
                     List<String> firstNames, List<String> lastNames, AuthorityContact contact) {

    record DemoFamily(String name, List<DemoSchool> schools) {
    }

    record DemoSchool(String name, Phase phase, Governance governance, boolean optedOut, int numberOnRoll,
                      boolean welshMedium) {
    }

    static DemoSchool maintained(String name, Phase phase, int roll) {
        return new DemoSchool(name, phase, Governance.MAINTAINED, false, roll, false);
    }

    static DemoSchool welshMedium(String name, Phase phase, int roll) {
        return new DemoSchool(name, phase, Governance.MAINTAINED, false, roll, true);
    }

    static DemoSchool academy(String name, Phase phase, int roll, boolean optedOut) {
        return new DemoSchool(name, phase, Governance.ACADEMY, optedOut, roll, false);
    }
}
