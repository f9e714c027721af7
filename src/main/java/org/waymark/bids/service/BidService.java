package org.waymark.bids.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidContext;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidHearings;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidRules;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.LevelCodes;
import org.waymark.bids.domain.NotionalThreshold;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.documents.domain.Labels;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.NoticeService;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.BidScope;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;

/**
 * Bid use cases. The school's SENCO starts and fills in a bid for a pupil of the school and
 * submits it to the family once the rules are met; the school, the family (once submitted), the
 * authority (once submitted) and the child's parents read it. Every read and change is checked
 * against the caller's scope and audited against the pupil's record.
 */
@Service
public class BidService {

    private static final String SUBJECT = "PUPIL";
    private static final String WRITERS = "hasRole('SCHOOL_SENCO')";
    private static final String MODERATORS = "hasRole('FAMILY_SENCO')";
    /** Those who may follow a family's moderation meeting: its Family SENCO and its schools' SENCOs and heads. */
    private static final String FAMILY_MEETING = "hasAnyRole('FAMILY_SENCO','SCHOOL_SENCO','HEAD_TEACHER')";
    /** The authority's panel officers, and anyone sitting on a panel that hears the bid (checked per bid). */
    private static final String PANEL = "isAuthenticated()";
    private static final String PANEL_OFFICERS = "hasAnyRole('CASEWORKER','LEAD_SEND_COORDINATOR')";

    private final BidRepository bids;
    private final BidDirectory directory;
    private final BidFrameworks frameworks;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final AttachmentStore attachments;
    private final NoticeService notices;
    private final AccountService accounts;
    private final Clock clock;
    private final MessageSource messages;
    private final AllocationService allocations;
    private final List<BidHearings> hearings;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    BidService(BidRepository bids, BidDirectory directory, BidFrameworks frameworks, PupilService pupils,
               OrganisationService organisation, AccessPolicy accessPolicy, CurrentUser currentUser,
               AuditLog auditLog, AttachmentStore attachments, NoticeService notices, AccountService accounts,
               Clock clock, MessageSource messages, AllocationService allocations, List<BidHearings> hearings) {
        this.hearings = List.copyOf(hearings);
        this.messages = messages;
        this.allocations = allocations;
        this.bids = bids;
        this.directory = directory;
        this.frameworks = frameworks;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.attachments = attachments;
        this.notices = notices;
        this.accounts = accounts;
        this.clock = clock;
    }

    // --- lists ---

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<BidDirectory.BidRow> list(BidFilter filter, int offset, int limit) {
        return directory.list(accessPolicy.bidListScope(currentUser.require()), filter, offset, Math.min(limit, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<School> schoolsInScope() {
        return organisation.schoolsInScope();
    }

    /** The levels a bid can ask for, for list filters. */
    @PreAuthorize(Roles.STAFF_READING_PUPILS)
    public List<String> levelCodes() {
        return List.of(LevelCodes.AFN, "HLN1", "HLN2", "HLN3");
    }

    /** The bids for one pupil the caller may see (a parent: their own child's). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<Bid> bidsOf(long pupilId) {
        PupilScope scope = pupils.accessScope(pupilId);
        UserScope user = currentUser.require();
        if (!accessPolicy.mayReadPupil(user, scope)) {
            auditLog.recordDenied("READ_BIDS", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        return bids.findByPupilIdOrderByCreatedAtDesc(pupilId).stream()
                .filter(b -> accessPolicy.mayReadBid(user, scope(b))).toList();
    }

    /** Whether the caller may start a bid for this pupil: the SENCO of the pupil's school. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public boolean mayStartBid(long pupilId) {
        return accessPolicy.mayWritePupil(currentUser.require(), pupils.accessScope(pupilId));
    }

    // --- one bid ---

    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public BidDetails open(long bidId) {
        Bid bid = requireRead(bidId, "READ_BID");
        auditLog.record("READ_BID", SUBJECT, bid.getPupilId(), "bid " + bidId);
        return details(bid);
    }

    /** Starts a draft against the framework the authority has published for this financial year. */
    @Transactional
    @PreAuthorize(WRITERS)
    public long start(long pupilId) {
        PupilScope pupil = pupils.accessScope(pupilId);
        UserScope user = currentUser.require();
        if (!accessPolicy.mayWritePupil(user, pupil)) {
            auditLog.recordDenied("START_BID", SUBJECT, pupilId, null);
            throw new AccessDeniedException("pupil " + pupilId);
        }
        if (!organisation.schoolOfRecord(pupil.schoolId()).mayBidToFamily()) {
            throw new ValidationException(List.of(Violation.of("school", "bid.rule.optedOut")));
        }
        BidFramework framework = frameworks.publishedFor(pupil.localAuthorityId(), LocalDate.now(clock))
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("framework", "bid.noFramework"))));
        PupilService.PupilFacts facts = pupils.facts(pupilId);
        LocalAuthority authority = organisation.authority(pupil.localAuthorityId());
        String recoupFrom = facts.recoupFrom(authority);
        Bid bid = bids.save(Bid.start(pupilId, pupil.schoolId(), pupil.familyId(), pupil.localAuthorityId(),
                framework.id(), recoupFrom, user.username(), clock.instant()));
        auditLog.record("START_BID", SUBJECT, pupilId, "bid " + bid.getId() + " framework " + framework.id());
        return Objects.requireNonNull(bid.getId());
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public int saveAreas(long bidId, int expectedVersion, Set<String> areaCodes) {
        Bid bid = requireWrite(bidId, expectedVersion, "SAVE_BID");
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        Set<String> known = framework.areas().stream().map(BidFramework.Area::code).collect(Collectors.toSet());
        if (!known.containsAll(areaCodes)) {
            throw new ValidationException(List.of(Violation.of("areas", "bid.unknownArea")));
        }
        bid.chooseAreas(areaCodes, clock.instant());
        return save(bid, "areas");
    }

    /** Records the best-fit column and evidence per theme; the framework's proposed level follows. */
    @Transactional
    @PreAuthorize(WRITERS)
    public int saveChoices(long bidId, int expectedVersion, List<ThemeChoice> choices) {
        Bid bid = requireWrite(bidId, expectedVersion, "SAVE_BID");
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        for (ThemeChoice c : choices) {
            boolean fits = framework.area(c.areaCode()).filter(a -> bid.areaCodes().contains(a.code()))
                    .filter(a -> a.columns().contains(c.levelCode()))
                    .map(a -> a.themes().stream().anyMatch(t -> t.code().equals(c.themeCode()))).orElse(false);
            if (!fits) {
                throw new ValidationException(List.of(Violation.of("theme." + c.themeCode(), "bid.unknownChoice")));
            }
            if (c.evidence().length() > BidRules.MAX_EVIDENCE) {
                throw new ValidationException(List.of(Violation.of("theme." + c.themeCode(), "bid.rule.tooLong",
                        BidRules.MAX_EVIDENCE)));
            }
        }
        String proposed = choices.isEmpty() ? null : frameworks.propose(framework, choices).levelCode();
        bid.recordChoices(choices.stream().map(c -> new ThemeChoice(c.areaCode(), c.themeCode(), c.levelCode(),
                c.evidence().strip())).toList(), proposed, clock.instant());
        return save(bid, "choices");
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public int saveFundedProvision(long bidId, int expectedVersion, List<FundedProvision> provision) {
        Bid bid = requireWrite(bidId, expectedVersion, "SAVE_BID");
        for (int i = 0; i < provision.size(); i++) {
            FundedProvision p = provision.get(i);
            if (p.description().isBlank() || p.description().length() > 500) {
                throw new ValidationException(List.of(Violation.of("fundedProvision." + i, "bid.provision.description")));
            }
            if (p.annualCost().signum() < 0 || p.annualCost().compareTo(new java.math.BigDecimal("100000")) > 0) {
                throw new ValidationException(List.of(Violation.of("fundedProvision." + i, "bid.provision.cost")));
            }
        }
        bid.recordFundedProvision(provision.stream()
                .map(p -> new FundedProvision(p.description().strip(), p.annualCost())).toList(), clock.instant());
        return save(bid, "funded provision");
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public int saveLevel(long bidId, int expectedVersion, @Nullable String level, @Nullable String reason) {
        Bid bid = requireWrite(bidId, expectedVersion, "SAVE_BID");
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        if (level != null && !framework.askableLevels().contains(level)) {
            throw new ValidationException(List.of(Violation.of("levelAsked", "bid.rule.levelRequired")));
        }
        if (reason != null && reason.length() > 2000) {
            throw new ValidationException(List.of(Violation.of("levelReason", "bid.rule.tooLong", 2000)));
        }
        // more HLN for a pupil who already holds HLN is a new application to the main panel
        boolean increase = LevelCodes.isHighNeeds(level) && currentHighNeedsLevel(bid) != null;
        bid.askForLevel(level, reason, increase, clock.instant());
        return save(bid, "level");
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public int saveViews(long bidId, int expectedVersion, String parentViews, String childViews,
                         @Nullable Boolean behaviourSupportSought, String behaviourNote) {
        Bid bid = requireWrite(bidId, expectedVersion, "SAVE_BID");
        if (parentViews.length() > 4000 || childViews.length() > 4000 || behaviourNote.length() > 2000) {
            throw new ValidationException(List.of(Violation.of("views", "bid.rule.tooLong", 4000)));
        }
        bid.recordViews(parentViews, childViews, behaviourSupportSought, behaviourNote, clock.instant());
        return save(bid, "views");
    }

    /** Sends the bid to the family when the rules are met; otherwise nothing changes and the errors are thrown. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void submit(long bidId, int expectedVersion) {
        Bid bid = requireWrite(bidId, expectedVersion, "SUBMIT_BID");
        BidDetails details = details(bid);
        if (!details.check().mayBeSubmitted()) {
            throw new ValidationException(details.check().errors());
        }
        bid.submit(details.threshold().amount(), currentUser.require().username(), clock.instant());
        save(bid, "submission");
        auditLog.record("SUBMIT_BID", SUBJECT, bid.getPupilId(), "bid " + bidId + " " + bid.getLevelAsked());
        String level = Notice.key("bid.level." + bid.getLevelAsked());
        if (bid.getFamilyId() != null) {
            notices.send(accounts.holdersInFamily(Role.FAMILY_SENCO, bid.getFamilyId()), link(bid),
                    "notice.bid.submitted", details.schoolName(), details.pupilName(), level);
        }
        notices.send(accounts.parentsOf(bid.getPupilId()), link(bid), "notice.bid.submittedParent",
                details.pupilName(), level);
    }

    // --- for the family's moderation meeting ---

    /** A bid as a line on a family's agenda. */
    public record AgendaBid(long bidId, long pupilId, String pupilName, String schoolName, @Nullable String levelAsked,
                            int version, boolean increase, @Nullable String recoupFrom) {
    }

    /** The family's submitted bids, oldest first: the bid cases of a moderation meeting. */
    @Transactional(readOnly = true)
    @PreAuthorize(MODERATORS)
    public List<AgendaBid> submittedToFamily(long familyId) {
        UserScope user = currentUser.require();
        return bids.findByFamilyIdAndStatusOrderByUpdatedAt(familyId, BidStatus.SUBMITTED).stream()
                .filter(b -> accessPolicy.mayModerateBid(user, scope(b)))
                .filter(b -> organisation.schoolOfRecord(b.getSchoolId()).mayBidToFamily())
                .map(b -> agendaBid(b, b.getLevelAsked())).toList();
    }

    /** Pupils of the family holding HLN from a decided bid, with their level: checked at each meeting. */
    @Transactional(readOnly = true)
    @PreAuthorize(MODERATORS)
    public List<AgendaBid> highNeedsHolders(long familyId) {
        return bids.findByFamilyIdAndStatusOrderByUpdatedAt(familyId, BidStatus.DECIDED).stream()
                .filter(b -> LevelCodes.isHighNeeds(b.getAgreedLevel()))
                .filter(b -> accessPolicy.mayReadPupil(currentUser.require(), pupils.accessScope(b.getPupilId())))
                .map(b -> agendaBid(b, b.getAgreedLevel())).toList();
    }

    /** Bids of the caller's own family, whatever their status, as agenda lines (for a meeting's record). */
    @Transactional(readOnly = true)
    @PreAuthorize(FAMILY_MEETING)
    public List<AgendaBid> agendaLines(java.util.Collection<Long> bidIds) {
        Long familyId = organisation.familyOfCaller().orElse(null);
        return bids.findAllById(bidIds).stream().filter(b -> familyId != null && familyId.equals(b.getFamilyId()))
                .map(b -> agendaBid(b, b.getLevelAsked())).toList();
    }

    private AgendaBid agendaBid(Bid b, @Nullable String level) {
        return new AgendaBid(Objects.requireNonNull(b.getId()), b.getPupilId(), pupils.nameOf(b.getPupilId()),
                organisation.schoolOfRecord(b.getSchoolId()).name(), level, Objects.requireNonNull(b.getVersion()),
                b.isIncrease(), b.getRecoupFrom());
    }

    /** AFN the caller's family has agreed on bids so far this financial year. */
    @Transactional(readOnly = true)
    @PreAuthorize(FAMILY_MEETING)
    public java.math.BigDecimal agreedAfn(long familyId, int financialYear) {
        if (!organisation.familyOfCaller().map(f -> f == familyId).orElse(false)) {
            throw new AccessDeniedException("family " + familyId);
        }
        return bids.findByFamilyIdAndStatusOrderByUpdatedAt(familyId, BidStatus.AGREED).stream()
                .filter(b -> b.getAgreedAmount() != null && org.waymark.base.domain.Dates
                        .financialYearOf(b.getUpdatedAt().atZone(org.waymark.base.domain.Dates.ZONE).toLocalDate())
                        == financialYear)
                .map(Bid::getAgreedAmount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /** The version of a bid as the family sees it, to decide against. */
    @Transactional(readOnly = true)
    @PreAuthorize(MODERATORS)
    public int versionForDecision(long bidId) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayModerateBid(currentUser.require(), scope(bid))) {
            throw new AccessDeniedException("bid " + bidId);
        }
        return Objects.requireNonNull(bid.getVersion());
    }

    // --- the family's decision (the moderation meeting uses the same steps) ---

    /** The family returns the bid to the school for more evidence, saying what is needed. */
    @Transactional
    @PreAuthorize(MODERATORS)
    public void returnForEvidence(long bidId, int expectedVersion, String reason) {
        Bid bid = requireModerate(bidId, expectedVersion, "RETURN_BID", reason);
        bid.returnForEvidence(reason, currentUser.require().username(), clock.instant());
        decided(bid, "RETURN_BID", "notice.bid.returned", reason);
    }

    @Transactional
    @PreAuthorize(MODERATORS)
    public void decline(long bidId, int expectedVersion, String reason) {
        Bid bid = requireModerate(bidId, expectedVersion, "DECLINE_BID", reason);
        bid.decline(reason, currentUser.require().username(), clock.instant());
        decided(bid, "DECLINE_BID", "notice.bid.declined", reason);
    }

    /** The family agrees an AFN bid at one of the framework's AFN levels, for an amount inside its band. */
    @Transactional
    @PreAuthorize(MODERATORS)
    public void agree(long bidId, int expectedVersion, String fundingLevel, java.math.BigDecimal amount, String reason) {
        Bid bid = requireModerate(bidId, expectedVersion, "AGREE_BID", reason);
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
        bid.agree(fundingLevel, amount, reason, currentUser.require().username(), clock.instant());
        // AFN runs from the start of the next term to the end of that school year (SPEC §7)
        allocations.recordDecision(new AllocationService.FundingDecision(bid.getPupilId(), FundingStream.AFN,
                fundingLevel, amount, LocalDate.now(clock), AllocationPeriod.ACADEMIC_YEAR, null, null,
                AllocationSource.MODERATION, bidId, reason));
        decided(bid, "AGREE_BID", "notice.bid.agreed", level.name() + " £" + amount.stripTrailingZeros().toPlainString());
    }

    /**
     * At a moderation meeting the family found that an HLN holder's level may no longer fit: the
     * school is asked to review it (and to ask again, or for less, as the evidence shows).
     */
    @Transactional
    @PreAuthorize(MODERATORS)
    public void askSchoolToReviewLevel(long bidId, String reason) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayModerateBid(currentUser.require(), scope(bid))) {
            auditLog.recordDenied("ASK_LEVEL_REVIEW", SUBJECT, bid.getPupilId(), "bid " + bidId);
            throw new AccessDeniedException("bid " + bidId);
        }
        auditLog.record("ASK_LEVEL_REVIEW", SUBJECT, bid.getPupilId(), "bid " + bidId + ": " + reason);
        notices.send(accounts.holdersAtSchool(Role.SCHOOL_SENCO, bid.getSchoolId()), link(bid),
                "notice.bid.levelReview", pupils.nameOf(bid.getPupilId()), bid.getAgreedLevel(), reason);
    }

    /** The Family SENCO countersigns an HLN bid and forwards it to the authority's panel. */
    @Transactional
    @PreAuthorize("hasRole('FAMILY_SENCO')")
    public void countersignAndForward(long bidId, int expectedVersion, String reason) {
        Bid bid = requireModerate(bidId, expectedVersion, "FORWARD_BID", reason);
        if (!LevelCodes.isHighNeeds(bid.getLevelAsked())) {
            throw new ValidationException(List.of(Violation.of("level", "bid.moderate.onlyHln")));
        }
        bid.forwardToAuthority(reason, currentUser.require().username(), clock.instant());
        decided(bid, "FORWARD_BID", "notice.bid.forwarded", reason);
    }

    private Bid requireModerate(long bidId, int expectedVersion, String action, String reason) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayModerateBid(currentUser.require(), scope(bid))) {
            auditLog.recordDenied(action, SUBJECT, bid.getPupilId(), "bid " + bidId);
            throw new AccessDeniedException("bid " + bidId);
        }
        if (bid.getStatus() != BidStatus.SUBMITTED || !Objects.equals(bid.getVersion(), expectedVersion)) {
            throw new ConflictException("bid " + bidId + " changed or was already decided");
        }
        if (reason.isBlank() || reason.length() > 2000) {
            throw new ValidationException(List.of(Violation.of("reason", "bid.moderate.reason")));
        }
        return bid;
    }

    private void decided(Bid bid, String action, String noticeKey, String what) {
        save(bid, action.toLowerCase(Locale.ROOT));
        auditLog.record(action, SUBJECT, bid.getPupilId(), "bid " + bid.getId() + ": " + what);
        String pupilName = pupils.nameOf(bid.getPupilId());
        List<String> school = accounts.holdersAtSchool(Role.SCHOOL_SENCO, bid.getSchoolId());
        notices.send(school, link(bid), noticeKey, pupilName, what);
        notices.send(accounts.parentsOf(bid.getPupilId()), link(bid), noticeKey, pupilName, what);
    }

    // --- the authority's panels ---

    /** Bids the families have forwarded to the caller's authority and no panel has decided yet, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PANEL_OFFICERS)
    public List<AgendaBid> forwardedToAuthority() {
        Long laId = currentUser.require().localAuthorityId();
        if (laId == null) {
            return List.of();
        }
        return bids.findByLocalAuthorityIdAndStatusOrderByUpdatedAt(laId, BidStatus.FORWARDED).stream()
                .map(b -> agendaBid(b, b.getLevelAsked())).toList();
    }

    /**
     * A bid as a panel hears it: only bids that reached the caller's authority (forwarded,
     * decided or appealed). Panel members see these cases and nothing else of the pupil register.
     */
    @Transactional
    @PreAuthorize(PANEL)
    public BidDetails forPanel(long bidId) {
        Bid bid = requirePanel(bidId, "READ_BID_PANEL");
        auditLog.record("READ_BID_PANEL", SUBJECT, bid.getPupilId(), "bid " + bidId);
        return details(bid);
    }

    /** The HLN funding levels of the framework a bid was made against, for the panel to choose from. */
    @Transactional(readOnly = true)
    @PreAuthorize(PANEL)
    public List<BidFramework.Level> highNeedsLevels(long bidId) {
        Bid bid = requirePanel(bidId, "READ_BID_PANEL");
        return frameworks.byId(bid.getFrameworkId()).levels().stream()
                .filter(l -> LevelCodes.isHighNeeds(l.column())).toList();
    }

    /**
     * Writes a panel's decision into the bid's history (decided at a level or amount, or
     * declined) and tells the school, the family and the parents.
     */
    @Transactional
    @PreAuthorize(PANEL)
    public void recordPanelDecision(long bidId, boolean awarded, @Nullable String level,
                                    java.math.@Nullable BigDecimal amount, String reason) {
        Bid bid = requirePanel(bidId, "PANEL_DECISION");
        if (bid.getStatus() != BidStatus.FORWARDED && bid.getStatus() != BidStatus.APPEALED) {
            throw new ConflictException("bid " + bidId + " is " + bid.getStatus());
        }
        String actor = currentUser.require().username();
        String what;
        if (awarded) {
            bid.decide(level == null ? "AMOUNT" : level, amount, reason, actor, clock.instant());
            what = (level == null ? "" : level + " ") + (amount == null ? "" : "£" + amount.stripTrailingZeros()
                    .toPlainString());
        } else {
            bid.decline(reason, actor, clock.instant());
            what = reason;
        }
        decided(bid, "PANEL_DECISION", awarded ? "notice.bid.decided" : "notice.bid.declined", what.strip());
    }

    /** An appeal was listed for the appeals panel: the bid's history says so. */
    @Transactional
    @PreAuthorize(PANEL)
    public void recordAppealListed(long bidId, String grounds) {
        Bid bid = requirePanel(bidId, "APPEAL_BID");
        bid.appeal(grounds, currentUser.require().username(), clock.instant());
        save(bid, "appeal");
        auditLog.record("APPEAL_BID", SUBJECT, bid.getPupilId(), "bid " + bidId);
    }

    /** The appeals panel confirmed the original decision. */
    @Transactional
    @PreAuthorize(PANEL)
    public void recordAppealConfirmed(long bidId, String reason) {
        Bid bid = requirePanel(bidId, "PANEL_DECISION");
        bid.appealConfirmed(reason, currentUser.require().username(), clock.instant());
        decided(bid, "PANEL_DECISION", "notice.bid.appealConfirmed", reason);
    }

    /**
     * A bid that reached the authority, for its panel officers (caseworkers, lead SEND
     * co-ordinators) or for someone sitting at a panel meeting that hears it.
     */
    private Bid requirePanel(long bidId, String action) {
        Bid bid = load(bidId);
        UserScope user = currentUser.require();
        boolean reached = bid.getStatus() == BidStatus.FORWARDED || bid.getStatus() == BidStatus.DECIDED
                || bid.getStatus() == BidStatus.APPEALED
                || (bid.getStatus() == BidStatus.DECLINED && bid.getCountersignedBy() != null);
        boolean officer = (user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR))
                && Objects.equals(user.localAuthorityId(), bid.getLocalAuthorityId());
        boolean hears = hearings.stream().anyMatch(h -> h.hears(user.userId(), bidId));
        if (!reached || !(officer || hears)) {
            auditLog.recordDenied(action, SUBJECT, bid.getPupilId(), "bid " + bidId);
            throw new AccessDeniedException("bid " + bidId);
        }
        return bid;
    }

    /** The completed request form as a PDF in the reader's language; audited as a print of the record. */
    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public PrintedBid pdf(long bidId, Locale locale) {
        Bid bid = requireRead(bidId, "PRINT_BID");
        Labels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        byte[] bytes = new BidDocument(labels).render(details(bid));
        auditLog.record("PRINT_BID", SUBJECT, bid.getPupilId(), "bid " + bidId);
        return new PrintedBid("bid-" + bidId + ".pdf", bytes);
    }

    /** A generated bid form. */
    public record PrintedBid(String fileName, byte[] bytes) {
    }

    // --- attachments ---

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.PUPIL_READERS)
    public List<Attachment> attachments(long bidId) {
        requireRead(bidId, "READ_ATTACHMENTS");
        return attachments.of(OwnerType.BID, bidId);
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public Attachment attach(long bidId, AttachmentKind kind, String sentName, byte[] bytes) {
        Bid bid = requireWrite(bidId, null, "ATTACH_BID");
        Attachment attachment = attachments.store(OwnerType.BID, bidId, bid.getPupilId(), kind, sentName, bytes,
                currentUser.require().username());
        auditLog.record("ATTACH_BID", SUBJECT, bid.getPupilId(), "bid " + bidId + " attachment " + attachment.getId());
        return attachment;
    }

    @Transactional
    @PreAuthorize(Roles.PUPIL_READERS)
    public AttachmentStore.StoredFile attachment(long bidId, long attachmentId) {
        Bid bid = requireRead(bidId, "READ_ATTACHMENT");
        AttachmentStore.StoredFile file = attachments.read(OwnerType.BID, bidId, attachmentId);
        auditLog.record("READ_ATTACHMENT", SUBJECT, bid.getPupilId(), "bid " + bidId + " attachment " + attachmentId);
        return file;
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public void removeAttachment(long bidId, long attachmentId) {
        Bid bid = requireWrite(bidId, null, "REMOVE_ATTACHMENT");
        attachments.remove(OwnerType.BID, bidId, attachmentId, currentUser.require().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, bid.getPupilId(), "bid " + bidId + " attachment " + attachmentId);
    }

    @PreAuthorize(Roles.PUPIL_READERS)
    public long attachmentSizeLimit() {
        return attachments.maxBytes();
    }

    // --- helpers ---

    private BidDetails details(Bid bid) {
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
                attached.stream().map(Attachment::getKind).collect(Collectors.toSet()), currentHighNeedsLevel(bid));
        boolean mayWrite = accessPolicy.mayWriteBid(currentUser.require(), scope(bid))
                && bid.getStatus().editableBySchool();
        boolean mayModerate = accessPolicy.mayModerateBid(currentUser.require(), scope(bid))
                && bid.getStatus() == BidStatus.SUBMITTED;
        return new BidDetails(bid, pupil.displayName(), school.name(), framework, threshold, proposal,
                BidRules.check(bid, context), attached, mayWrite, mayModerate);
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

    /** The HLN level a pupil holds from an earlier decided bid, if any. */
    private @Nullable String currentHighNeedsLevel(Bid bid) {
        return bids.findByPupilIdOrderByCreatedAtDesc(bid.getPupilId()).stream()
                .filter(b -> !Objects.equals(b.getId(), bid.getId()) && b.getStatus() == BidStatus.DECIDED)
                .map(Bid::getAgreedLevel).filter(LevelCodes::isHighNeeds).findFirst().orElse(null);
    }

    private static BidScope scope(Bid bid) {
        return new BidScope(bid.getPupilId(), bid.getSchoolId(), bid.getFamilyId(), bid.getLocalAuthorityId(),
                bid.getStatus() != BidStatus.DRAFT);
    }

    private Bid load(long bidId) {
        return bids.findById(bidId).orElseThrow(() -> new NotFoundException("bid " + bidId));
    }

    private Bid requireRead(long bidId, String action) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayReadBid(currentUser.require(), scope(bid))) {
            auditLog.recordDenied(action, SUBJECT, bid.getPupilId(), "bid " + bidId);
            throw new AccessDeniedException("bid " + bidId);
        }
        return bid;
    }

    private Bid requireWrite(long bidId, @Nullable Integer expectedVersion, String action) {
        Bid bid = load(bidId);
        if (!accessPolicy.mayWriteBid(currentUser.require(), scope(bid))) {
            auditLog.recordDenied(action, SUBJECT, bid.getPupilId(), "bid " + bidId);
            throw new AccessDeniedException("bid " + bidId);
        }
        if (!bid.getStatus().editableBySchool()) {
            throw new ConflictException("bid " + bidId + " is " + bid.getStatus());
        }
        if (expectedVersion != null && !Objects.equals(bid.getVersion(), expectedVersion)) {
            throw new ConflictException("bid " + bidId + " changed");
        }
        return bid;
    }

    private int save(Bid bid, String what) {
        try {
            Bid saved = bids.save(bid);
            auditLog.record("SAVE_BID", SUBJECT, bid.getPupilId(), "bid " + bid.getId() + " " + what);
            return Objects.requireNonNull(saved.getVersion());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("bid " + bid.getId() + " changed while saving");
        }
    }

    private static String link(Bid bid) {
        return "bids/" + bid.getId();
    }
}
