package org.waymark.security.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.waymark.security.domain.BidScope;
import org.waymark.security.domain.ListScope;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.SchoolScope;
import org.waymark.security.domain.UserScope;

/**
 * The one place that decides whether a user may read or change a pupil, a school or a family.
 * Services call it for every read and write of a child's data; views never decide access.
 * Plain logic without state (the clock and the history period are its only settings), so it
 * is unit-tested without Spring.
 */
@Component
public class AccessPolicy {

    private final Clock clock;
    /** How long a school the pupil left keeps read-only access ({@code waymark.access.former-school-days}). */
    private final int formerSchoolDays;

    public AccessPolicy(Clock clock, @Value("${waymark.access.former-school-days:30}") int formerSchoolDays) {
        this.clock = clock;
        this.formerSchoolDays = formerSchoolDays;
    }

    /**
     * The first day of the former school's read-only history period today: a spell that ended
     * on or after it still gives read access; one that ended before it gives none.
     */
    public LocalDate historyFrom() {
        return LocalDate.now(clock).minusDays(formerSchoolDays);
    }

    /** May the user see this pupil's record? */
    public boolean mayReadPupil(UserScope user, PupilScope pupil) {
        for (Role role : user.roles()) {
            boolean allowed = switch (role.reach()) {
                case NONE -> false;
                case OWN_CHILDREN -> user.childIds().contains(pupil.pupilId());
                // the school the pupil attends; one they left only for the read-only history period
                case SCHOOL -> (pupil.enrolled() && Objects.equals(user.schoolId(), pupil.schoolId()))
                        || (user.schoolId() != null && pupil.historySchools().contains(user.schoolId()));
                case FAMILY -> user.familyId() != null && Objects.equals(user.familyId(), pupil.familyId());
                case AUTHORITY -> Objects.equals(user.localAuthorityId(), pupil.localAuthorityId());
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    /**
     * May the user create or change this pupil's core record? Only the SENCO of the school the
     * pupil attends: once the pupil has left, the school's history is read-only.
     */
    public boolean mayWritePupil(UserScope user, PupilScope pupil) {
        return pupil.enrolled() && mayCreatePupilAt(user, pupil.schoolId());
    }

    /** The roles whose work needs amounts and counts, not diagnoses, plan content or documents. */
    private static final Set<Role> FIGURES_ONLY = java.util.EnumSet.of(Role.FINANCE_OFFICER, Role.INCLUSION_TEAM);

    /**
     * May the user see a child's clinical detail — diagnoses, plan content, attached documents?
     * Not a user whose every role is a finance or inclusion role (issue 20 point 9): they see
     * amounts and counts. Scope is checked separately ({@link #mayReadPupil}).
     */
    public boolean maySeeClinicalDetail(UserScope user) {
        return user.roles().stream().anyMatch(role -> !FIGURES_ONLY.contains(role));
    }

    /** May the user add a pupil to this school's register? */
    public boolean mayCreatePupilAt(UserScope user, long schoolId) {
        return user.has(Role.SCHOOL_SENCO) && Objects.equals(user.schoolId(), schoolId);
    }

    /**
     * May the user write a plan of this pupil? A plan the school keeps is written by the SENCO of
     * the pupil's school; a plan the authority maintains (EHCP, LA-maintained IDP, CSP) by a
     * caseworker of the pupil's authority.
     */
    public boolean mayWritePlan(UserScope user, PupilScope pupil, boolean maintainedByAuthority) {
        if (maintainedByAuthority) {
            return user.has(Role.CASEWORKER) && Objects.equals(user.localAuthorityId(), pupil.localAuthorityId());
        }
        return mayWritePupil(user, pupil);
    }

    /** May the user add the family's views to this pupil's plan? Only a parent of the child. */
    public boolean mayAddFamilyViews(UserScope user, PupilScope pupil) {
        return user.has(Role.PARENT) && user.childIds().contains(pupil.pupilId());
    }

    /**
     * May the user see this bid? The school that made it always; a parent for their own child;
     * the family and the authority once the school has submitted it (a draft is the school's
     * own work in progress).
     */
    public boolean mayReadBid(UserScope user, BidScope bid) {
        for (Role role : user.roles()) {
            boolean allowed = switch (role.reach()) {
                case NONE -> false;
                case OWN_CHILDREN -> user.childIds().contains(bid.pupilId());
                case SCHOOL -> Objects.equals(user.schoolId(), bid.schoolId());
                case FAMILY -> bid.submitted() && user.familyId() != null
                        && Objects.equals(user.familyId(), bid.familyId());
                case AUTHORITY -> bid.submitted() && Objects.equals(user.localAuthorityId(), bid.localAuthorityId());
            };
            if (allowed) {
                return true;
            }
        }
        return false;
    }

    /** May the user fill in or submit this bid? Only the SENCO of the school that makes it. */
    public boolean mayWriteBid(UserScope user, BidScope bid) {
        return user.has(Role.SCHOOL_SENCO) && Objects.equals(user.schoolId(), bid.schoolId());
    }

    /** May the user moderate this bid (agree, decline, return, countersign)? The family's SENCO. */
    public boolean mayModerateBid(UserScope user, BidScope bid) {
        return bid.submitted() && user.has(Role.FAMILY_SENCO) && user.familyId() != null
                && Objects.equals(user.familyId(), bid.familyId());
    }

    /** The widest list of bids the user may browse (scoped on the bid's own school, family or authority). */
    public ListScope bidListScope(UserScope user) {
        return pupilListScope(user);
    }

    /**
     * May the user import pupils (a CTF or CSV file, issue 22) into this school's register? The
     * SENCO of the school, or an education support officer or caseworker of its authority.
     */
    public boolean mayImportPupilsAt(UserScope user, SchoolScope school) {
        if (user.has(Role.SCHOOL_SENCO) && Objects.equals(user.schoolId(), school.schoolId())) {
            return true;
        }
        return (user.has(Role.EDUCATION_SUPPORT_OFFICER) || user.has(Role.CASEWORKER))
                && Objects.equals(user.localAuthorityId(), school.localAuthorityId());
    }

    /** May the user see this school's figures? */
    public boolean mayReadSchool(UserScope user, SchoolScope school) {
        if (user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) {
            if (Objects.equals(user.schoolId(), school.schoolId())) {
                return true;
            }
        }
        if (user.has(Role.FAMILY_SENCO) && user.familyId() != null
                && Objects.equals(user.familyId(), school.familyId())) {
            return true;
        }
        return user.roles().stream().anyMatch(r -> r.reach() == Role.Reach.AUTHORITY || r == Role.LA_ADMIN
                || r == Role.PANEL_MEMBER) && Objects.equals(user.localAuthorityId(), school.localAuthorityId());
    }

    /** May the user see this family of schools? */
    public boolean mayReadFamily(UserScope user, long familyId, long familyAuthorityId) {
        if (user.has(Role.FAMILY_SENCO) && Objects.equals(user.familyId(), familyId)) {
            return true;
        }
        return user.roles().stream().anyMatch(r -> r.reach() == Role.Reach.AUTHORITY || r == Role.LA_ADMIN
                || r == Role.PANEL_MEMBER) && Objects.equals(user.localAuthorityId(), familyAuthorityId);
    }

    /**
     * The widest list of pupils the user may browse, as a restriction a query applies. A user
     * with several roles gets the widest of them.
     */
    public ListScope pupilListScope(UserScope user) {
        if (user.localAuthorityId() != null
                && user.roles().stream().anyMatch(r -> r.reach() == Role.Reach.AUTHORITY)) {
            return new ListScope(ListScope.Kind.AUTHORITY, Set.of(user.localAuthorityId()));
        }
        if (user.has(Role.FAMILY_SENCO) && user.familyId() != null) {
            return new ListScope(ListScope.Kind.FAMILY, Set.of(user.familyId()));
        }
        if ((user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && user.schoolId() != null) {
            // the pupils enrolled there and those who left within the history period, no others
            return new ListScope(ListScope.Kind.SCHOOL, Set.of(user.schoolId()), historyFrom());
        }
        if (user.has(Role.PARENT) && !user.childIds().isEmpty()) {
            return new ListScope(ListScope.Kind.CHILDREN, user.childIds());
        }
        return ListScope.none();
    }
}
