package org.waymark.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;

class AccessPolicyTest {

    private static final long LA = 1, OTHER_LA = 2, FAMILY = 10, OTHER_FAMILY = 11, SCHOOL = 100, FAMILY_SCHOOL = 101,
            OTHER_SCHOOL = 102;

    private final AccessPolicy policy = new AccessPolicy(java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T12:00:00Z"), java.time.ZoneOffset.UTC), 30);

    private static UserScope user(Role role, Long la, Long family, Long school, Set<Long> children) {
        return new UserScope(1, "u", "U", Set.of(role), la, family, school, children, Locale.ENGLISH);
    }

    private static PupilScope pupil(long id, long school, Long family, long la) {
        return new PupilScope(id, school, family, la);
    }

    private final PupilScope own = pupil(1, SCHOOL, FAMILY, LA);
    private final PupilScope sameFamilyOtherSchool = pupil(2, FAMILY_SCHOOL, FAMILY, LA);
    private final PupilScope otherFamily = pupil(3, OTHER_SCHOOL, OTHER_FAMILY, LA);
    private final PupilScope otherAuthority = pupil(4, 200, 20L, OTHER_LA);

    @Test
    void a_school_senco_reads_and_writes_only_their_own_school() {
        UserScope senco = user(Role.SCHOOL_SENCO, LA, null, SCHOOL, Set.of());
        assertThat(policy.mayReadPupil(senco, own)).isTrue();
        assertThat(policy.mayWritePupil(senco, own)).isTrue();
        assertThat(policy.mayReadPupil(senco, sameFamilyOtherSchool)).isFalse();
        assertThat(policy.mayWritePupil(senco, sameFamilyOtherSchool)).isFalse();
        assertThat(policy.mayCreatePupilAt(senco, OTHER_SCHOOL)).isFalse();
        assertThat(policy.pupilListScope(senco)).isEqualTo(new ListScope(ListScope.Kind.SCHOOL, Set.of(SCHOOL), java.time.LocalDate.of(2026, 5, 2)));
    }

    @Test
    void a_head_teacher_reads_but_does_not_edit() {
        UserScope head = user(Role.HEAD_TEACHER, LA, null, SCHOOL, Set.of());
        assertThat(policy.mayReadPupil(head, own)).isTrue();
        assertThat(policy.mayWritePupil(head, own)).isFalse();
    }

    @Test
    void a_family_senco_reads_the_schools_of_their_family_only() {
        UserScope familySenco = user(Role.FAMILY_SENCO, LA, FAMILY, null, Set.of());
        assertThat(policy.mayReadPupil(familySenco, own)).isTrue();
        assertThat(policy.mayReadPupil(familySenco, sameFamilyOtherSchool)).isTrue();
        assertThat(policy.mayReadPupil(familySenco, otherFamily)).isFalse();
        assertThat(policy.mayWritePupil(familySenco, own)).isFalse();
        assertThat(policy.mayReadSchool(familySenco, new SchoolScope(FAMILY_SCHOOL, FAMILY, LA))).isTrue();
        assertThat(policy.mayReadSchool(familySenco, new SchoolScope(OTHER_SCHOOL, OTHER_FAMILY, LA))).isFalse();
        assertThat(policy.mayReadFamily(familySenco, OTHER_FAMILY, LA)).isFalse();
    }

    @Test
    void a_pupil_without_a_family_is_not_read_by_a_family_senco_without_one() {
        UserScope familySenco = user(Role.FAMILY_SENCO, LA, null, null, Set.of());
        assertThat(policy.mayReadPupil(familySenco, pupil(5, 300, null, LA))).isFalse();
    }

    @Test
    void la_officers_read_their_authority_only() {
        for (Role role : Role.values()) {
            if (role.reach() != Role.Reach.AUTHORITY) {
                continue;
            }
            UserScope officer = user(role, LA, null, null, Set.of());
            assertThat(policy.mayReadPupil(officer, otherFamily)).as(role.name()).isTrue();
            assertThat(policy.mayReadPupil(officer, otherAuthority)).as(role.name()).isFalse();
            assertThat(policy.mayWritePupil(officer, own)).as(role.name()).isFalse();
            assertThat(policy.pupilListScope(officer).kind()).isEqualTo(ListScope.Kind.AUTHORITY);
        }
    }

    @Test
    void administrators_and_panel_members_read_no_pupil_records() {
        for (Role role : new Role[]{Role.LA_ADMIN, Role.PANEL_MEMBER}) {
            UserScope user = user(role, LA, null, null, Set.of());
            assertThat(policy.mayReadPupil(user, own)).isFalse();
            assertThat(policy.pupilListScope(user).isEmpty()).isTrue();
            assertThat(policy.mayReadSchool(user, new SchoolScope(SCHOOL, FAMILY, LA))).isTrue();
        }
    }

    @Test
    void a_parent_reads_only_their_own_children() {
        UserScope parent = user(Role.PARENT, null, null, null, Set.of(1L));
        assertThat(policy.mayReadPupil(parent, own)).isTrue();
        assertThat(policy.mayReadPupil(parent, sameFamilyOtherSchool)).isFalse();
        assertThat(policy.mayWritePupil(parent, own)).isFalse();
        assertThat(policy.pupilListScope(parent)).isEqualTo(new ListScope(ListScope.Kind.CHILDREN, Set.of(1L)));
        assertThat(policy.mayReadSchool(parent, new SchoolScope(SCHOOL, FAMILY, LA))).isFalse();
    }

    @Test
    void a_parent_without_linked_children_sees_nothing() {
        UserScope parent = user(Role.PARENT, null, null, null, Set.of());
        assertThat(policy.pupilListScope(parent).isEmpty()).isTrue();
    }

    @Test
    void a_user_with_several_roles_gets_the_widest_list() {
        UserScope both = new UserScope(1, "u", "U", Set.of(Role.SCHOOL_SENCO, Role.FAMILY_SENCO), LA, FAMILY, SCHOOL,
                Set.of(), Locale.ENGLISH);
        assertThat(policy.pupilListScope(both)).isEqualTo(new ListScope(ListScope.Kind.FAMILY, Set.of(FAMILY)));
        assertThat(policy.mayReadPupil(both, sameFamilyOtherSchool)).isTrue();
        assertThat(policy.mayWritePupil(both, sameFamilyOtherSchool)).isFalse();
    }

    @Test
    void school_plans_are_written_by_the_school_senco_and_authority_plans_by_a_caseworker() {
        UserScope senco = user(Role.SCHOOL_SENCO, LA, null, SCHOOL, Set.of());
        UserScope caseworker = user(Role.CASEWORKER, LA, null, null, Set.of());
        UserScope otherCaseworker = user(Role.CASEWORKER, OTHER_LA, null, null, Set.of());
        assertThat(policy.mayWritePlan(senco, own, false)).isTrue();
        assertThat(policy.mayWritePlan(senco, own, true)).isFalse();
        assertThat(policy.mayWritePlan(senco, sameFamilyOtherSchool, false)).isFalse();
        assertThat(policy.mayWritePlan(caseworker, own, true)).isTrue();
        assertThat(policy.mayWritePlan(caseworker, own, false)).isFalse();
        assertThat(policy.mayWritePlan(otherCaseworker, own, true)).isFalse();
    }

    @Test
    void only_the_childs_parent_adds_family_views() {
        assertThat(policy.mayAddFamilyViews(user(Role.PARENT, null, null, null, Set.of(1L)), own)).isTrue();
        assertThat(policy.mayAddFamilyViews(user(Role.PARENT, null, null, null, Set.of(9L)), own)).isFalse();
        assertThat(policy.mayAddFamilyViews(user(Role.SCHOOL_SENCO, LA, null, SCHOOL, Set.of()), own)).isFalse();
    }

    @Test
    void a_draft_bid_is_the_schools_until_submitted_then_the_family_and_authority_see_it() {
        org.waymark.security.domain.BidScope draft = new org.waymark.security.domain.BidScope(1L, SCHOOL, FAMILY, LA,
                false);
        org.waymark.security.domain.BidScope submitted = new org.waymark.security.domain.BidScope(1L, SCHOOL, FAMILY,
                LA, true);
        UserScope senco = user(Role.SCHOOL_SENCO, LA, null, SCHOOL, Set.of());
        UserScope otherSenco = user(Role.SCHOOL_SENCO, LA, null, SCHOOL + 1, Set.of());
        UserScope head = user(Role.HEAD_TEACHER, LA, null, SCHOOL, Set.of());
        UserScope familySenco = user(Role.FAMILY_SENCO, LA, FAMILY, null, Set.of());
        UserScope otherFamily = user(Role.FAMILY_SENCO, LA, FAMILY + 1, null, Set.of());
        UserScope officer = user(Role.CASEWORKER, LA, null, null, Set.of());
        UserScope parent = user(Role.PARENT, null, null, null, Set.of(1L));
        UserScope otherParent = user(Role.PARENT, null, null, null, Set.of(2L));
        assertThat(policy.mayReadBid(senco, draft)).isTrue();
        assertThat(policy.mayWriteBid(senco, draft)).isTrue();
        assertThat(policy.mayReadBid(otherSenco, draft)).isFalse();
        assertThat(policy.mayWriteBid(otherSenco, draft)).isFalse();
        assertThat(policy.mayReadBid(head, draft)).isTrue();
        assertThat(policy.mayWriteBid(head, draft)).isFalse();
        assertThat(policy.mayReadBid(familySenco, draft)).isFalse();
        assertThat(policy.mayReadBid(familySenco, submitted)).isTrue();
        assertThat(policy.mayModerateBid(familySenco, draft)).isFalse();
        assertThat(policy.mayModerateBid(familySenco, submitted)).isTrue();
        assertThat(policy.mayReadBid(otherFamily, submitted)).isFalse();
        assertThat(policy.mayModerateBid(otherFamily, submitted)).isFalse();
        assertThat(policy.mayReadBid(officer, draft)).isFalse();
        assertThat(policy.mayReadBid(officer, submitted)).isTrue();
        assertThat(policy.mayReadBid(parent, draft)).isTrue();
        assertThat(policy.mayReadBid(otherParent, submitted)).isFalse();
        assertThat(policy.mayWriteBid(parent, draft)).isFalse();
    }
}
