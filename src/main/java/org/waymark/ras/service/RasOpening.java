package org.waymark.ras.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.waymark.audit.service.AuditLog;
import org.waymark.ehc.domain.EhcAdviceIn;
import org.waymark.notifications.service.NoticeService;
import org.waymark.plans.domain.AnnualReviewScheduled;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.domain.KeyStages;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasFramework;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;
import org.waymark.security.service.SystemUser;

/**
 * RAS cases open themselves (issue 18): when every advice of an EHC needs assessment is in, for a
 * pupil of an authority that runs the RAS, the case co-ordinator has a case to score; when an EHC
 * plan's annual review is set up for a pupil in the last year of a key stage, an annual-review
 * case opens at "setting's reports awaited" with the plan's outcomes to look back on, and the
 * setting is asked for its updated reports before the review. The EHC and plans features only
 * publish their events ({@link EhcAdviceIn}, {@link AnnualReviewScheduled}); the check of the
 * authority's scheme, the published framework and an already open case is here. Runs inside the
 * publishing transaction as the user who took the step there.
 */
@Component
class RasOpening {

    private final RasCaseRepository cases;
    private final RasFrameworks frameworks;
    private final RasAccess access;
    private final PupilService pupils;
    private final AccountService accounts;
    private final NoticeService notices;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    @SuppressWarnings("java:S107")
    RasOpening(RasCaseRepository cases, RasFrameworks frameworks, RasAccess access, PupilService pupils,
               AccountService accounts, NoticeService notices, CurrentUser currentUser, AuditLog auditLog) {
        this.cases = cases;
        this.frameworks = frameworks;
        this.access = access;
        this.pupils = pupils;
        this.accounts = accounts;
        this.notices = notices;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @EventListener
    void on(EhcAdviceIn in) {
        open(in.localAuthorityId(), in.pupilId(), RasCaseKind.ASSESSMENT, null, List.of(),
                "EHC needs assessment " + in.assessmentId() + ": advice in");
    }

    @EventListener
    void on(AnnualReviewScheduled scheduled) {
        if (!KeyStages.beforeTransition(pupils.facts(scheduled.pupilId()).yearGroup())) {
            return;
        }
        open(scheduled.localAuthorityId(), scheduled.pupilId(), RasCaseKind.ANNUAL_REVIEW, scheduled.meetingOn(),
                scheduled.outcomes(), "EHC annual review " + scheduled.reviewId() + " of plan " + scheduled.planId());
    }

    /** The case opened, or empty: not a RAS authority, no published framework, or a case already open. */
    Optional<Long> open(long laId, long pupilId, RasCaseKind kind, @Nullable LocalDate reviewOn,
                        List<String> existingOutcomes, String why) {
        if (!access.runsRas(laId)) {
            return Optional.empty();
        }
        Optional<RasFramework> framework = frameworks.published(laId);
        if (framework.isEmpty()
                || cases.findByPupilIdOrderByOpenedAtDesc(pupilId).stream().anyMatch(c -> c.getStatus().open())) {
            return Optional.empty();
        }
        PupilService.PupilFacts pupil = pupils.facts(pupilId);
        String actor = currentUser.find().map(UserScope::username).orElse(SystemUser.NAME);
        RasCase c = RasCase.open(laId, pupilId, pupil.schoolId(), Objects.requireNonNull(framework.get().getId()),
                kind, KeyStages.plannedFor(pupil.yearGroup(), kind), reviewOn, existingOutcomes, actor, why,
                access.now());
        if (kind == RasCaseKind.ANNUAL_REVIEW) {
            c.settingAsked(actor, access.now());
        }
        RasCase saved = access.save(c);
        long caseId = Objects.requireNonNull(saved.getId());
        auditLog.record("OPEN_RAS_CASE", "PUPIL", pupilId, "case " + caseId + " " + kind + " (" + why + ")");
        if (kind == RasCaseKind.ANNUAL_REVIEW) {
            notices.sendAbout(pupilId, accounts.holdersAtSchool(Role.SCHOOL_SENCO, pupil.schoolId()),
                    "ras/reports/" + caseId, "notice.ras.reportsWanted", pupil.displayName(),
                    reviewOn == null ? "" : org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(reviewOn));
        } else {
            notices.sendAbout(pupilId, accounts.holdersInAuthority(Role.CASEWORKER, laId), "ras/cases/" + caseId,
                    "notice.ras.opened", pupil.displayName());
        }
        return Optional.of(caseId);
    }
}
