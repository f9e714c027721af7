package org.waymark.bids.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.domain.LevelCodes;
import org.waymark.allocations.service.FundingAudience;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;

/**
 * The family's steps on a bid, taken by its Family SENCO (in a moderation meeting or on the
 * bid's page): return it for more evidence, decline it, agree AFN at a level and amount inside
 * the band — a funding decision the ledger records — or countersign an HLN bid and forward it to
 * the authority's panel. Also the family's view of its bids for the meeting screen.
 */
@Service
public class BidModerationService {

    private static final String SUBJECT = BidAccess.SUBJECT;
    private static final String MODERATORS = "hasRole('FAMILY_SENCO')";
    /** Those who may follow a family's moderation meeting: its Family SENCO and its schools' SENCOs and heads. */
    private static final String FAMILY_MEETING = "hasAnyRole('FAMILY_SENCO','SCHOOL_SENCO','HEAD_TEACHER')";

    private final BidAccess access;
    private final BidRepository bids;
    private final BidFrameworks frameworks;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;
    private final NoticeService notices;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final FundingAudience fundingAudience;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    BidModerationService(BidAccess access, BidRepository bids, BidFrameworks frameworks, PupilService pupils,
                         OrganisationService organisation, AccessPolicy accessPolicy, AuditLog auditLog,
                         NoticeService notices, AccountService accounts, ApplicationEventPublisher events,
                         FundingAudience fundingAudience, Clock clock) {
        this.access = access;
        this.bids = bids;
        this.frameworks = frameworks;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.notices = notices;
        this.accounts = accounts;
        this.events = events;
        this.fundingAudience = fundingAudience;
        this.clock = clock;
    }

    /** The family's submitted bids, oldest first: the bid cases of a moderation meeting. */
    @Transactional(readOnly = true)
    @PreAuthorize(MODERATORS)
    public List<AgendaBid> submittedToFamily(long familyId) {
        UserScope user = access.user();
        return bids.findByFamilyIdAndStatusOrderByUpdatedAt(familyId, BidStatus.SUBMITTED).stream()
                .filter(b -> accessPolicy.mayModerateBid(user, BidAccess.scope(b)))
                .filter(b -> organisation.schoolOfRecord(b.getSchoolId()).mayBidToFamily())
                .map(this::agendaBid).toList();
    }

    /** Bids of the caller's own family, whatever their status, as agenda lines (for a meeting's record). */
    @Transactional(readOnly = true)
    @PreAuthorize(FAMILY_MEETING)
    public List<AgendaBid> agendaLines(Collection<Long> bidIds) {
        Long familyId = organisation.familyOfCaller().orElse(null);
        return bids.findAllById(bidIds).stream().filter(b -> familyId != null && familyId.equals(b.getFamilyId()))
                .map(this::agendaBid).toList();
    }

    AgendaBid agendaBid(Bid b) {
        return new AgendaBid(Objects.requireNonNull(b.getId()), b.getPupilId(), pupils.nameOf(b.getPupilId()),
                organisation.schoolOfRecord(b.getSchoolId()).name(), b.getLevelAsked(),
                Objects.requireNonNull(b.getVersion()), b.isIncrease(), b.isResubmission(), b.getRecoupFrom());
    }

    /** AFN the caller's family has agreed on bids so far this financial year. */
    @Transactional(readOnly = true)
    @PreAuthorize(FAMILY_MEETING)
    public BigDecimal agreedAfn(long familyId, int financialYear) {
        if (!organisation.familyOfCaller().map(f -> f == familyId).orElse(false)) {
            // a family's figures, no child's record: audited against the family
            auditLog.recordDenied("READ_FAMILY_AFN", "FAMILY", familyId, "agreed AFN " + financialYear);
            throw new AccessDeniedException("family " + familyId);
        }
        return bids.findByFamilyIdAndStatusOrderByUpdatedAt(familyId, BidStatus.AGREED).stream()
                .filter(b -> b.getAgreedAmount() != null
                        && Dates.financialYearOf(b.getUpdatedAt().atZone(Dates.ZONE).toLocalDate()) == financialYear)
                .map(Bid::getAgreedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The version of a bid as the family sees it, to decide against. */
    @Transactional(readOnly = true)
    @PreAuthorize(MODERATORS)
    public int versionForDecision(long bidId) {
        return Objects.requireNonNull(access.requireModerator(bidId, "READ_BID").getVersion());
    }

    /** The family returns the bid to the school for more evidence, saying what is needed. */
    @Transactional
    @PreAuthorize(MODERATORS)
    public void returnForEvidence(long bidId, int expectedVersion, String reason) {
        Bid bid = access.requireModerate(bidId, expectedVersion, "RETURN_BID", reason);
        bid.returnForEvidence(reason, access.user().username(), clock.instant());
        decided(bid, "RETURN_BID", "notice.bid.returned", reason);
    }

    @Transactional
    @PreAuthorize(MODERATORS)
    public void decline(long bidId, int expectedVersion, String reason) {
        Bid bid = access.requireModerate(bidId, expectedVersion, "DECLINE_BID", reason);
        bid.decline(reason, access.user().username(), clock.instant());
        decided(bid, "DECLINE_BID", "notice.bid.declined", reason);
    }

    /**
     * The family agrees an AFN bid at one of the framework's AFN levels, for an amount inside its
     * band: a funding decision, which the ledger records from the start of the next term to the
     * end of that school year (SPEC §7) and which the school and parents are told of.
     */
    @Transactional
    @PreAuthorize(MODERATORS)
    public void agree(long bidId, int expectedVersion, String fundingLevel, BigDecimal amount, String reason) {
        Bid bid = access.requireModerate(bidId, expectedVersion, "AGREE_BID", reason);
        if (LevelCodes.isHighNeeds(bid.getLevelAsked())) {
            throw new ValidationException(List.of(Violation.of("level", "bid.moderate.hlnGoesOn")));
        }
        BidFramework.Level level = frameworks.byId(bid.getFrameworkId()).levels().stream()
                .filter(l -> l.code().equals(fundingLevel) && l.column().equals(LevelCodes.AFN)).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("level", "bid.moderate.levelRequired"))));
        if (amount.compareTo(level.min()) < 0 || amount.compareTo(level.max()) > 0) {
            throw new ValidationException(List.of(Violation.of("amount", "bid.moderate.band", level.name(),
                    level.min(), level.max())));
        }
        bid.agree(fundingLevel, amount, reason, access.user().username(), clock.instant());
        access.save(bid, "agree_bid");
        auditLog.record("AGREE_BID", SUBJECT, bid.getPupilId(), "bid " + bidId + ": " + level.name() + " " + amount);
        events.publishEvent(FundingDecided.forPupil(bid.getLocalAuthorityId(), bid.getPupilId(), FundingStream.AFN,
                FundingDecided.Outcome.AWARDED, fundingLevel, amount, LocalDate.now(clock),
                AllocationPeriod.ACADEMIC_YEAR, null, AllocationSource.MODERATION, bidId, bidId, reason));
    }

    /** The Family SENCO countersigns an HLN bid and forwards it to the authority's panel. */
    @Transactional
    @PreAuthorize(MODERATORS)
    public void countersignAndForward(long bidId, int expectedVersion, String reason) {
        Bid bid = access.requireModerate(bidId, expectedVersion, "FORWARD_BID", reason);
        if (!LevelCodes.isHighNeeds(bid.getLevelAsked())) {
            throw new ValidationException(List.of(Violation.of("level", "bid.moderate.onlyHln")));
        }
        bid.forwardToAuthority(reason, access.user().username(), clock.instant());
        decided(bid, "FORWARD_BID", "notice.bid.forwarded", reason);
    }

    private void decided(Bid bid, String action, String noticeKey, @Nullable String what) {
        access.save(bid, action.toLowerCase(Locale.ROOT));
        auditLog.record(action, SUBJECT, bid.getPupilId(), "bid " + bid.getId() + ": " + what);
        String pupilName = pupils.nameOf(bid.getPupilId());
        notices.sendAbout(bid.getPupilId(), schoolSencos(bid), BidAccess.link(bid), noticeKey, pupilName, what);
        notices.sendAbout(bid.getPupilId(), accounts.parentsOf(bid.getPupilId()), BidAccess.link(bid), noticeKey,
                pupilName, what);
    }

    /**
     * Who the family's decision on a bid would tell, for its confirmation: agreeing is a funding
     * decision, told as the ledger tells it (the pupil's school's SENCOs and parents); returning,
     * declining and forwarding tell the bid's school's SENCOs and the parents. {@code becomes} is
     * the status the decision gives the bid (AGREED, RETURNED, DECLINED or FORWARDED).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(MODERATORS)
    public List<Told> toldOfDecision(long bidId, BidStatus becomes) {
        Bid bid = access.requireModerator(bidId, "READ_BID");
        Audience audience = becomes == BidStatus.AGREED
                ? fundingAudience.of(bid.getPupilId(), false, LocalDate.now(clock))
                : Audience.of().add(Role.SCHOOL_SENCO, schoolSencos(bid)).add(Role.PARENT,
                accounts.parentsOf(bid.getPupilId()));
        return notices.told(audience);
    }

    private List<String> schoolSencos(Bid bid) {
        return accounts.holdersAtSchool(Role.SCHOOL_SENCO, bid.getSchoolId());
    }
}
