package org.waymark.allocations.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.waymark.operations.service.JobRuns;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationRepository;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.notifications.service.NoticeService;
import org.waymark.organisation.domain.SchoolCalendar;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.SystemUser;

/**
 * Allocations end on their end date unless the school asks again, so the school's SENCO and
 * head are reminded in the term before (SPEC §6): each morning, every line ending by the end
 * of the next term that nobody has been reminded of yet gets one notice.
 */
@Component
public class EndingReminders {

    private final AllocationRepository allocations;
    private final OrganisationService organisation;
    private final PupilService pupils;
    private final NoticeService notices;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final SystemUser systemUser;
    private final Clock clock;
    private final JobRuns runs;

    @SuppressWarnings("java:S107")
    EndingReminders(AllocationRepository allocations, OrganisationService organisation, PupilService pupils,
                    NoticeService notices, AccountService accounts, AuditLog auditLog, SystemUser systemUser,
                    Clock clock, JobRuns runs) {
        this.allocations = allocations;
        this.organisation = organisation;
        this.pupils = pupils;
        this.notices = notices;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.systemUser = systemUser;
        this.clock = clock;
        this.runs = runs;
    }

    /** On one node at a time (DD015): held at least five minutes, at most an hour if a node dies. */
    @Scheduled(cron = "${waymark.reminders.cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "ending-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void everyMorning() {
        runs.run("ending-reminders", () -> systemUser.run(() -> sendDue(LocalDate.now(clock))));
    }

    /** Sends the reminders due on a day (run as the system user); returns how many lines were reminded. */
    @Transactional
    public int sendDue(LocalDate today) {
        int sent = 0;
        for (long laId : organisation.authorityIds()) {
            SchoolCalendar calendar = organisation.calendarOf(laId);
            Optional<Term> current = calendar.termOnOrAfter(today);
            if (current.isEmpty()) {
                continue;
            }
            LocalDate windowEnd = calendar.termAfter(current.get().endDate()).map(Term::endDate)
                    .orElse(current.get().endDate());
            List<Allocation> ending = new ArrayList<>(allocations
                    .findByLocalAuthorityIdAndEndDateBetweenAndReminderSentOnIsNullOrderByEndDate(laId, today, windowEnd));
            for (Allocation line : ending) {
                if (line.getPupilId() == null || line.getSchoolId() == null || line.ranNever()
                        || line.getEndReason() != null) {
                    continue;
                }
                List<String> school = new ArrayList<>(accounts.holdersAtSchool(Role.SCHOOL_SENCO, line.getSchoolId()));
                school.addAll(accounts.holdersAtSchool(Role.HEAD_TEACHER, line.getSchoolId()));
                notices.sendAbout(line.getPupilId(), school, "allocations", "notice.allocation.ending",
                        pupils.nameOf(line.getPupilId()), FundingNotices.what(line.getStream(), line.getLevel()),
                        Dates.DAY_MONTH_YEAR.format(line.getEndDate()));
                line.reminded(today);
                allocations.save(line);
                auditLog.record("REMIND_ENDING", "PUPIL", line.getPupilId(), "allocation " + line.getId());
                sent++;
            }
        }
        return sent;
    }
}
