package org.waymark.ehc.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.service.AuditLog;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.domain.CaseSteps;
import org.waymark.ehc.domain.EhcDirectory;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.PupilDirectory;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.People;

/**
 * The lists of the clock (issue 17 point 2), for the authority's officers: every step due on the
 * open assessments — overdue, due this week (today and the six days after), later — narrowed by step
 * and by caseworker; how many steps are overdue by step and by caseworker; lately closed cases. A
 * caseworker starts on their own cases; a team leader on the whole team's. Also the steps due for
 * the caller (overdue or this week), for a home page's work queue.
 */
@Service
public class AssessmentListService {

    private final EhcAccess access;
    private final EhcDirectory directory;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccountService accounts;
    private final AuditLog auditLog;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    AssessmentListService(EhcAccess access, EhcDirectory directory,
                          PupilService pupils, OrganisationService organisation, AccountService accounts,
                          AuditLog auditLog, Clock clock) {
        this.access = access;
        this.directory = directory;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A step due on a case, as a list shows it: the pupil, school and caseworker by name. */
    public record StepRow(CaseSteps.DueStep due, String pupilName, String schoolName, String caseworkerName) {

        public long assessmentId() {
            return due.facts().assessmentId();
        }
    }

    /** A closed case, as a list shows it. */
    public record ClosedRow(EhcDirectory.ClosedCase closed, String pupilName, String schoolName) {
    }

    /**
     * What the lists show: {@code mineOnly} when narrowed to the caller's cases; the steps overdue,
     * due this week and later (each at most {@link #MOST_ROWS}, most urgent first) with how many
     * there are in all; the overdue steps counted by step and by caseworker (by name); the number of
     * open cases; lately closed cases; whether the reader leads the team.
     */
    public record Lists(boolean mineOnly, boolean teamLeader, List<StepRow> overdue, int overdueCount,
                        List<StepRow> thisWeek, int thisWeekCount, List<StepRow> later, int laterCount,
                        Map<AssessmentStep, Long> overdueByStep, Map<String, Long> overdueByCaseworker,
                        int openCases, List<ClosedRow> closed) {
    }

    /** How a reader narrows the lists: to a step, to a caseworker (username), to their own cases. */
    public record Filter(@Nullable AssessmentStep step, @Nullable String caseworker, boolean mineOnly) {

        public static Filter mine() {
            return new Filter(null, null, true);
        }
    }

    /** The most rows each list carries; the filters narrow the rest. */
    public static final int MOST_ROWS = 200;

    /** The lists of the caller's authority, narrowed by the filter. */
    @Transactional
    @PreAuthorize(EhcRequestService.OFFICERS)
    public Lists lists(Filter filter) {
        long laId = access.officersAuthority("READ_EHC_ASSESSMENTS");
        UserScope user = access.user();
        String only = filter.mineOnly() ? user.username() : filter.caseworker();
        LocalDate today = LocalDate.now(clock);
        List<CaseSteps.CaseFacts> cases = directory.openCases(laId, only);
        List<CaseSteps.DueStep> overdue = new ArrayList<>();
        List<CaseSteps.DueStep> week = new ArrayList<>();
        List<CaseSteps.DueStep> later = new ArrayList<>();
        for (CaseSteps.CaseFacts c : cases) {
            for (CaseSteps.DueStep s : CaseSteps.due(c, today)) {
                if (filter.step() != null && s.step() != filter.step()) {
                    continue;
                }
                (s.standing().overdue() ? overdue : s.standing().dueWithinWeek() ? week : later).add(s);
            }
        }
        Map<AssessmentStep, Long> byStep = new EnumMap<>(AssessmentStep.class);
        Map<String, Long> byUsername = new TreeMap<>();
        for (CaseSteps.DueStep s : overdue) {
            byStep.merge(s.step(), 1L, Long::sum);
            byUsername.merge(s.facts().caseworker(), 1L, Long::sum);
        }
        People workers = accounts.people(byUsername.keySet());
        Map<String, Long> byWorker = new TreeMap<>();
        byUsername.forEach((u, n) -> byWorker.merge(workers.name(u), n, Long::sum));
        List<EhcDirectory.ClosedCase> closedCases = directory.closedCases(laId, only, 30);
        Map<Long, String> closedNames = pupils.namesOf(closedCases.stream().map(EhcDirectory.ClosedCase::pupilId)
                .toList());
        Map<Long, String> closedSchools = organisation.schoolNames(closedCases.stream()
                .map(EhcDirectory.ClosedCase::schoolId).distinct().toList());
        auditLog.record("READ_EHC_ASSESSMENTS", "AUTHORITY", laId, cases.size() + " open cases");
        return new Lists(filter.mineOnly(), EhcAccess.isTeamLeader(user, laId), rows(first(overdue)), overdue.size(),
                rows(first(week)), week.size(), rows(first(later)), later.size(), byStep, byWorker, cases.size(),
                closedCases.stream().map(c -> new ClosedRow(c, closedNames.getOrDefault(c.pupilId(), ""),
                        closedSchools.getOrDefault(c.schoolId(), ""))).toList());
    }

    /** The most urgent {@link #MOST_ROWS} steps of a list. */
    private static List<CaseSteps.DueStep> first(List<CaseSteps.DueStep> steps) {
        return steps.stream().sorted(URGENCY).limit(MOST_ROWS).toList();
    }

    private static final Comparator<CaseSteps.DueStep> URGENCY = Comparator
            .comparing((CaseSteps.DueStep s) -> s.standing().due()).thenComparing(s -> s.facts().assessmentId());

    /**
     * The assessment steps due for the caller — a caseworker's own cases — that are overdue or due
     * this week, most overdue first (for a home page's work queue). Empty for officers of
     * authorities outside England.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASEWORKER','SEND_TEAM_LEADER')")
    public List<StepRow> myDueSteps() {
        UserScope user = access.user();
        Long laId = user.localAuthorityId();
        if (laId == null || !access.english(laId)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<CaseSteps.DueStep> steps = new ArrayList<>();
        directory.openCases(laId, user.username()).forEach(c -> steps.addAll(CaseSteps.due(c, today)));
        return rows(steps.stream().filter(s -> s.standing().overdue() || s.standing().dueWithinWeek()).toList());
    }

    private List<StepRow> rows(List<CaseSteps.DueStep> steps) {
        // names and schools in one query (the school the pupil is at now)
        Map<Long, PupilDirectory.NameAtSchool> names = pupils.namesAtSchoolsOf(steps.stream()
                .map(s -> s.facts().pupilId()).distinct().toList());
        People people = accounts.people(steps.stream().map(s -> s.facts().caseworker()).distinct().toList());
        return steps.stream().sorted(URGENCY).map(s -> {
            PupilDirectory.NameAtSchool n = names.get(s.facts().pupilId());
            return new StepRow(s, n == null ? "" : n.name(), n == null ? "" : n.schoolName(),
                    people.name(s.facts().caseworker()));
        }).toList();
    }
}
