package org.waymark.aln.service;

import java.util.List;

import org.springframework.stereotype.Component;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;

/**
 * Who the ALN process tells, and the telling: the same audience a step's confirmation names is the
 * one its notices go to. Notices are message keys with arguments, so each person reads them in
 * their own language; the caller is never told of their own step.
 */
@Component
class AlnNotices {

    private final NoticeService notices;
    private final AccountService accounts;

    AlnNotices(NoticeService notices, AccountService accounts) {
        this.notices = notices;
        this.accounts = accounts;
    }

    /** The SENCO and head teacher of the pupil's school, and the child's parents. */
    Audience schoolAndFamily(long pupilId, long schoolId) {
        return Audience.of().add(Role.SCHOOL_SENCO, accounts.holdersAtSchool(Role.SCHOOL_SENCO, schoolId))
                .add(Role.HEAD_TEACHER, accounts.holdersAtSchool(Role.HEAD_TEACHER, schoolId))
                .add(Role.PARENT, accounts.parentsOf(pupilId));
    }

    /** The authority's officers who decide referrals. */
    Audience officers(long localAuthorityId) {
        return Audience.of().add(Role.CASEWORKER, accounts.holdersInAuthority(Role.CASEWORKER, localAuthorityId))
                .add(Role.LEAD_SEND_COORDINATOR,
                        accounts.holdersInAuthority(Role.LEAD_SEND_COORDINATOR, localAuthorityId));
    }

    List<Told> told(Audience audience) {
        return notices.told(audience);
    }

    void send(long pupilId, Audience audience, String link, String messageKey, Object... arguments) {
        notices.sendAbout(pupilId, audience.members().keySet(), link, messageKey, arguments);
    }
}
