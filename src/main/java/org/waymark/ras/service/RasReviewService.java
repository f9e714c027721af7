package org.waymark.ras.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.notifications.service.NoticeService;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasPastCase;
import org.waymark.ras.domain.RasPastCaseRepository;
import org.waymark.security.domain.Role;
import org.waymark.security.service.AccountService;

/**
 * The reviewing steps of a RAS case: the lead SEND co-ordinator verifies the scores or returns them
 * with reasons; the personalisation officer moderates and sets the indicative resource from the
 * converter (another figure only with a reason), and for an annual review the setting is told of it
 * ahead of the review; the lead co-ordinator signs off a plan within the indicative resource and the
 * limit — a funding decision the ledger records like any other (DD003).
 */
@Service
public class RasReviewService {

    private final RasAccess access;
    private final RasFrameworks frameworks;
    private final ConverterService converter;
    private final RasPastCaseRepository past;
    private final PupilService pupils;
    private final AccountService accounts;
    private final NoticeService notices;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;

    @SuppressWarnings("java:S107")
    RasReviewService(RasAccess access, RasFrameworks frameworks, ConverterService converter,
                     RasPastCaseRepository past, PupilService pupils, AccountService accounts, NoticeService notices,
                     ApplicationEventPublisher events, AuditLog auditLog) {
        this.access = access;
        this.frameworks = frameworks;
        this.converter = converter;
        this.past = past;
        this.pupils = pupils;
        this.accounts = accounts;
        this.notices = notices;
        this.events = events;
        this.auditLog = auditLog;
    }

    @Transactional
    @PreAuthorize("hasRole('LEAD_SEND_COORDINATOR')")
    public void verify(long caseId, int expectedVersion, String note) {
        RasCase c = access.reach(caseId, "VERIFY_RAS_CASE", Role.LEAD_SEND_COORDINATOR);
        access.expect(c, expectedVersion);
        c.verify(access.user().username(), note, access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "VERIFY_RAS_CASE", RasAccess.SUBJECT, caseId, null);
    }

    /** Returns the scores to the case co-ordinator with reasons (the lead at verification, the officer at moderation). */
    @Transactional
    @PreAuthorize("hasAnyRole('LEAD_SEND_COORDINATOR','PERSONALISATION_OFFICER')")
    public void returnForScoring(long caseId, int expectedVersion, String reasons) {
        RasCase c = access.reach(caseId, "RETURN_RAS_CASE", Role.LEAD_SEND_COORDINATOR, Role.PERSONALISATION_OFFICER);
        access.expect(c, expectedVersion);
        c.returnForScoring(access.user().username(), reasons, access.now());
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "RETURN_RAS_CASE", RasAccess.SUBJECT, caseId, reasons.strip());
    }

    /**
     * Moderates and sets the indicative resource: the adopted converter's figure, or {@code chosen}
     * with the reason in {@code note}. An annual review's setting is told of the figure before the review.
     */
    @Transactional
    @PreAuthorize("hasRole('PERSONALISATION_OFFICER')")
    public BigDecimal moderate(long caseId, int expectedVersion, @Nullable BigDecimal chosen, String note) {
        RasCase c = access.reach(caseId, "MODERATE_RAS_CASE", Role.PERSONALISATION_OFFICER);
        access.expect(c, expectedVersion);
        int points = Objects.requireNonNull(c.getPoints());
        ConverterService.Indication indication = converter.indicate(c.getLocalAuthorityId(), points)
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("indicative",
                        "ras.converter.noneAdopted"))));
        String actor = access.user().username();
        c.moderate(indication.fitId(), indication.indicative(), chosen, note, actor, access.now());
        BigDecimal indicative = Objects.requireNonNull(c.getIndicative());
        if (c.getKind() == RasCaseKind.ANNUAL_REVIEW) {
            List<String> setting = accounts.holdersAtSchool(Role.SCHOOL_SENCO, c.getSchoolId());
            notices.sendAbout(c.getPupilId(), setting, "pupils/" + c.getPupilId(), "notice.ras.indicative",
                    pupils.nameOf(c.getPupilId()), Money.pounds(indicative),
                    c.getReviewOn() == null ? "" : Dates.DAY_MONTH_YEAR.format(c.getReviewOn()));
            c.settingTold(actor, access.now());
        }
        access.save(c, expectedVersion);
        auditLog.recordFor(c.getPupilId(), "MODERATE_RAS_CASE", RasAccess.SUBJECT, caseId, indicative.toPlainString());
        return indicative;
    }

    /** The lead co-ordinator signs off: the costed total funds the plan to the end of the key stage. */
    @Transactional
    @PreAuthorize("hasRole('LEAD_SEND_COORDINATOR')")
    public void signOff(long caseId, int expectedVersion, String note) {
        RasCase c = access.reach(caseId, "SIGN_OFF_RAS_CASE", Role.LEAD_SEND_COORDINATOR);
        access.expect(c, expectedVersion);
        c.signOff(access.user().username(), note, access.now());
        RasCase saved = access.save(c, expectedVersion);
        BigDecimal amount = Objects.requireNonNull(saved.getDecidedAmount());
        remember(saved, amount);
        events.publishEvent(FundingDecided.forPupil(saved.getLocalAuthorityId(), saved.getPupilId(),
                FundingStream.RAS, FundingDecided.Outcome.AWARDED, null, amount, access.today(),
                AllocationPeriod.KEY_STAGE, null, AllocationSource.RAS, caseId, null,
                note.isBlank() ? "RAS: signed off within the indicative resource" : note.strip()));
        auditLog.recordFor(c.getPupilId(), "SIGN_OFF_RAS_CASE", RasAccess.SUBJECT, caseId, amount.toPlainString());
    }

    /** A decided case joins the past cases the converter is next fitted from. */
    void remember(RasCase c, BigDecimal amount) {
        past.save(new RasPastCase(null, c.getLocalAuthorityId(), "RAS-" + c.getId(), Objects.requireNonNull(c.getPoints()),
                amount, access.today()));
    }
}
