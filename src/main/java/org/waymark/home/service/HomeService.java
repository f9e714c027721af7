package org.waymark.home.service;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.moderation.service.FamilyMoneyService;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.pupils.service.PupilStatistics;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/** Builds each role's home page from the database, within the user's scope. */
@Service
@Transactional(readOnly = true)
public class HomeService {

    private static final int MAX_CHILDREN = 20;

    private final CurrentUser currentUser;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccountService accounts;
    private final FamilyMoneyService familyMoney;

    HomeService(CurrentUser currentUser, PupilService pupils, OrganisationService organisation,
                AccountService accounts, FamilyMoneyService familyMoney) {
        this.familyMoney = familyMoney;
        this.currentUser = currentUser;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accounts = accounts;
    }

    @PreAuthorize("isAuthenticated()")
    public HomeFigures figures() {
        UserScope user = currentUser.require();
        String language = user.locale().getLanguage();
        if (user.has(Role.PARENT)) {
            return new HomeFigures(HomeFigures.Kind.PARENT, user.displayName(), null, null, List.of(),
                    pupils.search(PupilFilter.none(), PupilSort.NAME, 0, MAX_CHILDREN), null, null);
        }
        HomeFigures.Crest crest = organisation.ownAuthority()
                .map(la -> new HomeFigures.Crest(la.getCode(), la.displayName(language))).orElse(null);
        if ((user.has(Role.SCHOOL_SENCO) || user.has(Role.HEAD_TEACHER)) && user.schoolId() != null) {
            School school = organisation.school(user.schoolId());
            return new HomeFigures(HomeFigures.Kind.SCHOOL, school.name(), crest, pupils.statistics(), List.of(), List.of(),
                    null, null);
        }
        if (user.has(Role.FAMILY_SENCO) && user.familyId() != null) {
            PupilStatistics statistics = pupils.statistics();
            List<HomeFigures.SchoolLine> lines = organisation.schoolsOfFamily(user.familyId()).stream()
                    .map(s -> line(s, statistics.bySchool())).toList();
            return new HomeFigures(HomeFigures.Kind.FAMILY, organisation.family(user.familyId()).name(), crest,
                    statistics,
                    lines, List.of(), null, familyMoney.budgetOfMyFamily());
        }
        LocalAuthority authority = organisation.ownAuthority().orElseThrow();
        String heading = authority.displayName(language);
        if (user.roles().stream().anyMatch(r -> r.reach() == Role.Reach.AUTHORITY)) {
            return new HomeFigures(HomeFigures.Kind.AUTHORITY, heading, crest, pupils.statistics(), List.of(), List.of(),
                    null, null);
        }
        HomeFigures.AuthorityConfiguration configuration = new HomeFigures.AuthorityConfiguration(
                authority.getNation().name(), organisation.schoolsOfOwnAuthority().size(),
                organisation.familiesOfOwnAuthority().size(), accounts.countUsersOfOwnAuthority(),
                pupils.countInOwnAuthority(), authority.termsInOrder().size(),
                organisation.bankHolidayCount(authority.getNation()));
        return new HomeFigures(HomeFigures.Kind.AUTHORITY_CONFIGURATION, heading, crest, null, List.of(), List.of(),
                configuration, null);
    }

    private static HomeFigures.SchoolLine line(School school, Map<Long, Long> pupilsBySchool) {
        return new HomeFigures.SchoolLine(java.util.Objects.requireNonNull(school.id()), school.name(),
                school.phase().name(), school.optedOut(), pupilsBySchool.getOrDefault(school.id(), 0L));
    }
}
