package org.waymark.bids.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidContext;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidHearings;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidRules;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.domain.BidStep;
import org.waymark.bids.domain.HighNeedsRequest;
import org.waymark.bids.domain.LevelCodes;
import org.waymark.bids.domain.NotionalThreshold;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.BidScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Loads a bid and checks what the caller may do with it — read, fill in (the school), moderate
 * (the family), hear (the authority's panel) — auditing every refusal; builds the bid as its
 * pages show it; saves with conflict detection. Every bid service goes through here.
 */
@Component
class BidAccess {

    static final String SUBJECT = "PUPIL";

    private final BidRepository bids;
    private final BidFrameworks frameworks;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final AttachmentStore attachments;
    private final AllocationService allocations;
    private final List<BidHearings> hearings;
    private final AccountService accounts;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the one place that knows every way into a bid
    BidAccess(BidRepository bids, BidFrameworks frameworks, PupilService pupils, OrganisationService organisation,
              AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog auditLog, AttachmentStore attachments,
              AllocationService allocations, List<BidHearings> hearings, AccountService accounts, Clock clock) {
        this.bids = bids;
        this.frameworks = frameworks;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.attachments = attachments;
        this.allocations = allocations;
        this.hearings = List.copyOf(hearings);
        this.accounts = accounts;
        this.clock = clock;
    }

    UserScope user() {
        return currentUser.require();
    }

    static BidScope scope(Bid bid) {
        return new BidScope(bid.getPupilId(), bid.getSchoolId(), bid.getFamilyId(), bid.getLocalAuthorityId(),
                bid.getStatus() != BidStatus.DRAFT);
    }

    Bid load(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotFoundException("bid " + bidId));
    }

    /** A bid the caller may read: the school, the family once submitted, the authority, the child's parents. */
    Bid requireRead(long bidId, String action) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayReadBid(user(), scope(bid))) {
            refuse(action, bid);
        }
        return bid;
    }

    /** A bid the school's SENCO may still change, at the version the caller's screen showed (when given). */
    Bid requireWrite(long bidId, @Nullable Integer expectedVersion, String action) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayWriteBid(user(), scope(bid))) {
            refuse(action, bid);
        }
        if (!bid.getStatus().editableBySchool()) {
            throw new ConflictException("bid " + bidId + " is " + bid.getStatus());
        }
        if (expectedVersion != null && !Objects.equals(bid.getVersion(), expectedVersion)) {
            throw new ConflictException("bid " + bidId + " changed");
        }
        return bid;
    }

    /** A submitted bid the caller's family moderates, undecided at the expected version, with a reason given. */
    Bid requireModerate(long bidId, int expectedVersion, String action, String reason) {
        Bid bid = requireModerator(bidId, action);
        if (bid.getStatus() != BidStatus.SUBMITTED || !Objects.equals(bid.getVersion(), expectedVersion)) {
            throw new ConflictException("bid " + bidId + " changed or was already decided");
        }
        if (reason.isBlank() || reason.length() > 2000) {
            throw new ValidationException(List.of(Violation.of("reason", "bid.moderate.reason")));
        }
        return bid;
    }

    /** A bid of the caller's family (the Family SENCO), whatever its status. */
    Bid requireModerator(long bidId, String action) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayModerateBid(user(), scope(bid))) {
            refuse(action, bid);
        }
        return bid;
    }

    /**
     * A bid that reached the authority, for its panel officers (caseworkers, lead SEND
     * co-ordinators) or for someone sitting at a panel meeting that hears it.
     */
    Bid requirePanel(long bidId, String action) {
        Bid bid = load(bidId);
        UserScope user = user();
        boolean reached = bid.getStatus() == BidStatus.FORWARDED || bid.getStatus() == BidStatus.DECIDED
                || bid.getStatus() == BidStatus.APPEALED
                || (bid.getStatus() == BidStatus.DECLINED && bid.getCountersignedBy() != null);
        boolean officer = (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR))
                && Objects.equals(user.localAuthorityId(), bid.getLocalAuthorityId());
        boolean hears = hearings.stream().anyMatch(h -> h.hears(user.userId(), bidId));
        if (!reached || !(officer || hears)) {
            refuse(action, bid);
        }
        return bid;
    }

    private void refuse(String action, Bid bid) {
        auditLog.recordDenied(action, SUBJECT, bid.getPupilId(), "bid " + bid.getId());
        throw new AccessDeniedException("bid " + bid.getId());
    }

    int save(Bid bid, String what) {
        try {
            Bid saved = bids.save(bid);
            auditLog.record("SAVE_BID", SUBJECT, bid.getPupilId(), "bid " + bid.getId() + " " + what);
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("bid " + bid.getId() + " changed while saving");
        }
    }

    static String link(Bid bid) {
        return "bids/" + bid.getId();
    }

    /** The bid as its page and wizard show it, with the rules checked and what the reader may do. */
    BidDetails details(Bid bid) {
        long bidId = Objects.requireNonNull(bid.getId());
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        PupilService.PupilFacts pupil = pupils.facts(bid.getPupilId());
        School school = organisation.schoolOfRecord(bid.getSchoolId());
        NotionalThreshold.Threshold threshold = threshold(framework, bid.getLocalAuthorityId(), pupil.joinedSchoolOn());
        BidFrameworks.Proposal proposal = bid.getChoices().isEmpty() ? null
                : frameworks.propose(framework, bid.getChoices());
        List<Attachment> attached = attachments.of(OwnerType.BID, bidId);
        BidContext context = new BidContext(framework.themesByArea(), framework.behaviourAreas(), framework.evidence(),
                threshold.amount(), school.mayBidToFamily(),
                attached.stream().map(Attachment::getKind).toList(),
                heldHighNeedsLevel(bid.getPupilId(), framework));
        UserScope user = user();
        boolean mayWrite = accessPolicy.mayWriteBid(user, scope(bid)) && bid.getStatus().editableBySchool();
        boolean mayModerate = accessPolicy.mayModerateBid(user, scope(bid)) && bid.getStatus() == BidStatus.SUBMITTED;
        List<String> named = new java.util.ArrayList<>(bid.getSteps().stream().map(BidStep::actor).toList());
        attached.forEach(a -> named.add(a.getUploadedBy()));
        return new BidDetails(bid, pupil.displayName(), school.name(), framework, threshold, proposal,
                BidRules.check(bid, context), attachments.shownToCaller(attached), mayWrite, mayModerate,
                accounts.people(named));
    }

    /** Whether an HLN request is new, a resubmission or an increase, from what the ledger says the pupil holds. */
    HighNeedsRequest classify(Bid bid, @Nullable String askedLevel) {
        return HighNeedsRequest.classify(heldHighNeedsLevel(bid.getPupilId(), frameworks.byId(bid.getFrameworkId())),
                askedLevel);
    }

    /**
     * The HLN level the pupil holds today according to the allocation ledger: the line's level, or
     * for an award of a variable amount the highest framework level it reaches.
     */
    @Nullable String heldHighNeedsLevel(long pupilId, BidFramework framework) {
        Allocation held = allocations.heldOn(pupilId, FundingStream.HLN, LocalDate.now(clock)).orElse(null);
        if (held == null) {
            return null;
        }
        if (LevelCodes.isHighNeeds(held.getLevel())) {
            return held.getLevel();
        }
        return framework.levels().stream().filter(l -> LevelCodes.isHighNeeds(l.column()))
                .filter(l -> l.min().compareTo(held.getAmount()) <= 0).map(BidFramework.Level::column)
                .reduce((a, b) -> b).orElse("HLN1");
    }

    /** The pro-rata threshold over the school year the bid is made in, from the authority's term dates. */
    private NotionalThreshold.Threshold threshold(BidFramework framework, long laId, LocalDate joined) {
        LocalAuthority authority = organisation.authority(laId);
        LocalDate today = LocalDate.now(clock);
        List<Term> terms = authority.termsInOrder();
        String year = terms.stream().filter(t -> !t.startDate().isAfter(today)).map(Term::academicYear)
                .reduce((a, b) -> b).orElse(terms.isEmpty() ? "" : terms.getFirst().academicYear());
        List<Term> yearTerms = terms.stream().filter(t -> t.academicYear().equals(year)).toList();
        if (yearTerms.isEmpty()) {
            return NotionalThreshold.forPupil(framework.threshold(), List.of(), Set.of(), joined);
        }
        Set<LocalDate> holidays = organisation.bankHolidays(authority.getNation(), yearTerms.getFirst().startDate(),
                yearTerms.getLast().endDate());
        return NotionalThreshold.forPupil(framework.threshold(), yearTerms, holidays, joined);
    }
}
