package org.waymark.ehc.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.ehc.domain.EhcDirectory;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;

/**
 * Who the assessment tells, and the telling: notices are message keys with arguments, so each
 * person reads them in their own language. Also who holds a new case: the authority's caseworker
 * with the fewest open assessments (team leaders apart).
 */
@Component
class EhcNotices {

    private final NoticeService notices;
    private final AccountService accounts;
    private final EhcDirectory directory;

    EhcNotices(NoticeService notices, AccountService accounts, EhcDirectory directory) {
        this.notices = notices;
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The SENCO and head teacher of the pupil's school, and the child's parents. */
    Audience schoolAndFamily(long pupilId, long schoolId) {
        return Audience.of().add(Role.SCHOOL_SENCO, accounts.holdersAtSchool(Role.SCHOOL_SENCO, schoolId))
                .add(Role.HEAD_TEACHER, accounts.holdersAtSchool(Role.HEAD_TEACHER, schoolId))
                .add(Role.PARENT, accounts.parentsOf(pupilId));
    }

    /** The caseworker holding a case. */
    Audience caseworker(String username) {
        return Audience.of().add(Role.CASEWORKER, List.of(username));
    }

    /** The authority's caseworkers who may hold cases (team leaders apart, when there are others). */
    List<String> caseworkers(long localAuthorityId) {
        List<String> all = new ArrayList<>(accounts.holdersInAuthority(Role.CASEWORKER, localAuthorityId));
        List<String> leaders = accounts.holdersInAuthority(Role.SEND_TEAM_LEADER, localAuthorityId);
        List<String> workers = all.stream().filter(u -> !leaders.contains(u)).toList();
        return workers.isEmpty() ? all : workers;
    }

    /** Who holds a new case: the caseworker with the fewest open assessments, by name on a tie. */
    String nextCaseworker(long localAuthorityId, String fallback) {
        var loads = directory.caseloads(localAuthorityId);
        return caseworkers(localAuthorityId).stream().sorted()
                .min(java.util.Comparator.comparingLong((String u) -> loads.getOrDefault(u, 0L)))
                .orElse(fallback);
    }

    List<Told> told(Audience audience) {
        return notices.told(audience);
    }

    void send(long pupilId, Audience audience, String link, String messageKey, Object... arguments) {
        Collection<String> to = audience.members().keySet();
        notices.sendAbout(pupilId, to, link, messageKey, arguments);
    }
}
