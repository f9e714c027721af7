package org.waymark.pupils.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.security.service.AccountService;

/** The service is the security boundary: refusals without any UI involved. */
@SpringBootTest
@ActiveProfiles("test")
class PupilServiceIT {

    @Autowired PupilService pupils;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;
    @Autowired java.time.Clock clock;

    private void as(String username) {
        SignIn.as(accounts, username);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static PupilDetails details() {
        PupilDetails d = new PupilDetails();
        d.setFirstName("Nell");
        d.setLastName("Varley-Service");
        d.setDateOfBirth(LocalDate.of(2019, 1, 15));
        d.setYearGroup(YearGroup.Y2);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        return d;
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> pupils.search(PupilFilter.none(), PupilSort.NAME, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_senco_cannot_read_change_or_add_at_another_school() {
        long other = demo.pupilAt("St Aidan's CE Primary School");
        as("senco");
        assertThatThrownBy(() -> pupils.get(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pupils.forEditing(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pupils.update(other, 0, details(), true)).isInstanceOf(AccessDeniedException.class);
        long otherSchool = demo.schoolId("St Aidan's CE Primary School");
        assertThatThrownBy(() -> pupils.create(otherSchool, details(), true)).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco", "UPDATE", other, "DENIED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void roles_without_edit_rights_are_refused_by_method_security() {
        long own = demo.pupilAt("Larkfield Primary School");
        for (String user : new String[]{"head", "parent", "caseworker", "family.senco"}) {
            as(user);
            assertThatThrownBy(() -> pupils.update(own, 0, details(), true)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        as("admin");
        assertThatThrownBy(() -> pupils.get(own)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pupils.search(PupilFilter.none(), PupilSort.NAME, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_parent_search_returns_only_their_children() {
        as("parent");
        assertThat(pupils.search(PupilFilter.none(), PupilSort.NAME, 0, 100)).extracting(r -> r.id())
                .containsExactlyInAnyOrderElementsOf(demo.childrenOf("parent"))
                .hasSize(2);
    }

    @Test
    void invalid_details_are_refused_with_every_reason_and_nothing_is_saved() {
        as("senco");
        PupilDetails bad = details();
        bad.setFirstName("");
        bad.setUpn("R801200101009");
        bad.setDateOfBirth(LocalDate.now(clock).plusDays(3));
        long school = demo.schoolId("Larkfield Primary School");
        long before = demo.countAt("Larkfield Primary School");
        assertThatThrownBy(() -> pupils.create(school, bad, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("firstName", "upn", "dateOfBirth"));
        assertThat(demo.countAt("Larkfield Primary School")).isEqualTo(before);
    }

    @Test
    void a_upn_already_in_use_is_refused() {
        as("senco");
        long school = demo.schoolId("Larkfield Primary School");
        PupilDetails first = details();
        first.setUpn(org.waymark.pupils.domain.UniquePupilNumber.checkLetter("801200101012") + "801200101012");
        pupils.create(school, first, true);
        PupilDetails second = details();
        second.setFirstName("Another");
        second.setUpn(first.getUpn());
        assertThatThrownBy(() -> pupils.create(school, second, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("upn", "pupil.upn.taken")));
    }
}
