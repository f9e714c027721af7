package org.waymark.bids.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.OwnerType;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.audit.service.AuditLog;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidRepository;
import org.waymark.bids.domain.BidRules;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.Audience;
import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.service.Told;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.PupilScope;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccessPolicy;
import org.waymark.security.service.AccountService;

/**
 * The school's bid wizard: the SENCO of the pupil's school starts a bid against the framework
 * the authority has published, fills it in step by step (each save checked and versioned), adds
 * its evidence and submits it to the family once the rules are met.
 */
@Service
public class BidWizardService {

    private static final String SUBJECT = BidAccess.SUBJECT;
    private static final String WRITERS = "hasRole('SCHOOL_SENCO')";

    private final BidAccess access;
    private final BidRepository bids;
    private final BidFrameworks frameworks;
    private final PupilService pupils;
    private final OrganisationService organisation;
    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;
    private final AttachmentStore attachments;
    private final NoticeService notices;
    private final AccountService accounts;
    private final Clock clock;

    @SuppressWarnings("java:S107") // a use-case service that coordinates several features
    BidWizardService(BidAccess access, BidRepository bids, BidFrameworks frameworks, PupilService pupils,
                     OrganisationService organisation, AccessPolicy accessPolicy, AuditLog auditLog,
                     AttachmentStore attachments, NoticeService notices, AccountService accounts, Clock clock) {
        this.access = access;
        this.bids = bids;
        this.frameworks = frameworks;
        this.pupils = pupils;
        this.organisation = organisation;
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
        this.attachments = attachments;
        this.notices = notices;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Pupils of the caller's school a bid may be started for, found by name or UPN, for the
     * "New bid" of the bid list; empty for a caller with no school.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITERS)
    public List<PupilRow> pupilsToBidFor(@Nullable String text, int offset, int limit) {
        Long schoolId = access.user().schoolId();
        if (schoolId == null) {
            return List.of();
        }
        return pupils.searchCurrent(new PupilFilter(text, null, schoolId, null), PupilSort.NAME, offset, limit);
    }

    /** Whether the caller starts bids (a school's SENCO): the bid list then offers "New bid". */
    @PreAuthorize("isAuthenticated()")
    public boolean mayStartBids() {
        UserScope user = access.user();
        return user.has(Role.SCHOOL_SENCO) && user.schoolId() != null;
    }

    /** Starts a draft against the framework the authority has published for this financial year. */
    @Transactional
    @PreAuthorize(WRITERS)
    public long start(long pupilId) {
        PupilScope pupil = pupils.accessScope(pupilId);
        UserScope user = access.user();
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
        Bid bid = access.requireWrite(bidId, expectedVersion, "SAVE_BID");
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        Set<String> known = framework.areas().stream().map(BidFramework.Area::code).collect(Collectors.toSet());
        List<Violation> problems = BidRules.areas(areaCodes, known);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        bid.chooseAreas(areaCodes, clock.instant());
        return access.save(bid, "areas");
    }

    /** Records the best-fit column and evidence per theme; the framework's proposed level follows. */
    @Transactional
    @PreAuthorize(WRITERS)
    public int saveChoices(long bidId, int expectedVersion, List<ThemeChoice> choices) {
        Bid bid = access.requireWrite(bidId, expectedVersion, "SAVE_BID");
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        for (ThemeChoice c : choices) {
            boolean fits = framework.area(c.areaCode()).filter(a -> bid.areaCodes().contains(a.code()))
                    .filter(a -> a.columns().contains(c.levelCode()))
                    .map(a -> a.themes().stream().anyMatch(t -> t.code().equals(c.themeCode()))).orElse(false);
            if (!fits) {
                throw new ValidationException(List.of(Violation.of("theme." + c.themeCode(), "bid.unknownChoice")));
            }
            if (!framework.describes(c.themeCode(), c.levelCode())) {
                throw new ValidationException(List.of(Violation.of("theme." + c.themeCode(), "bid.noDescriptorChoice",
                        Objects.requireNonNullElse(framework.themeName(c.themeCode()), c.themeCode()))));
            }
            if (c.evidence().length() > BidRules.MAX_EVIDENCE) {
                throw new ValidationException(List.of(Violation.of("theme." + c.themeCode(), "bid.rule.tooLong",
                        BidRules.MAX_EVIDENCE)));
            }
        }
        String proposed = choices.isEmpty() ? null : frameworks.propose(framework, choices).levelCode();
        bid.recordChoices(choices.stream().map(c -> new ThemeChoice(c.areaCode(), c.themeCode(), c.levelCode(),
                c.evidence().strip())).toList(), proposed, clock.instant());
        return access.save(bid, "choices");
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public int saveFundedProvision(long bidId, int expectedVersion, List<FundedProvision> provision) {
        Bid bid = access.requireWrite(bidId, expectedVersion, "SAVE_BID");
        for (int i = 0; i < provision.size(); i++) {
            FundedProvision p = provision.get(i);
            if (p.description().isBlank() || p.description().length() > 500) {
                throw new ValidationException(List.of(Violation.of("fundedProvision." + i, "bid.provision.description")));
            }
            if (p.annualCost().signum() < 0 || p.annualCost().compareTo(new BigDecimal("100000")) > 0) {
                throw new ValidationException(List.of(Violation.of("fundedProvision." + i, "bid.provision.cost")));
            }
        }
        bid.recordFundedProvision(provision.stream()
                .map(p -> new FundedProvision(p.description().strip(), p.annualCost())).toList(), clock.instant());
        return access.save(bid, "funded provision");
    }

    /**
     * The level asked for. For HLN, what the pupil holds in the ledger decides the route: the same
     * or a lower level while an award is ending is a resubmission; only a higher level is an increase.
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public int saveLevel(long bidId, int expectedVersion, @Nullable String level, @Nullable String reason) {
        Bid bid = access.requireWrite(bidId, expectedVersion, "SAVE_BID");
        BidFramework framework = frameworks.byId(bid.getFrameworkId());
        if (level != null && !framework.askableLevels().contains(level)) {
            throw new ValidationException(List.of(Violation.of("levelAsked", "bid.rule.levelRequired")));
        }
        if (reason != null && reason.length() > 2000) {
            throw new ValidationException(List.of(Violation.of("levelReason", "bid.rule.tooLong", 2000)));
        }
        bid.askForLevel(level, reason, access.classify(bid, level), clock.instant());
        return access.save(bid, "level");
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public int saveViews(long bidId, int expectedVersion, String parentViews, String childViews,
                         @Nullable Boolean behaviourSupportSought, String behaviourNote) {
        Bid bid = access.requireWrite(bidId, expectedVersion, "SAVE_BID");
        if (parentViews.length() > 4000 || childViews.length() > 4000 || behaviourNote.length() > 2000) {
            throw new ValidationException(List.of(Violation.of("views", "bid.rule.tooLong", 4000)));
        }
        bid.recordViews(parentViews, childViews, behaviourSupportSought, behaviourNote, clock.instant());
        return access.save(bid, "views");
    }

    /** Sends the bid to the family when the rules are met; otherwise nothing changes and the errors are thrown. */
    @Transactional
    @PreAuthorize(WRITERS)
    public void submit(long bidId, int expectedVersion) {
        Bid bid = access.requireWrite(bidId, expectedVersion, "SUBMIT_BID");
        BidDetails details = access.details(bid);
        if (!details.check().mayBeSubmitted()) {
            throw new ValidationException(details.check().errors());
        }
        // the ledger as it stands on the day of submission decides which panel hears an HLN bid
        bid.classifyRequest(access.classify(bid, bid.getLevelAsked()));
        bid.submit(details.threshold().amount(), access.user().username(), clock.instant());
        access.save(bid, "submission");
        auditLog.record("SUBMIT_BID", SUBJECT, bid.getPupilId(), "bid " + bidId + " " + bid.getLevelAsked());
        String level = Notice.key("bid.level." + bid.getLevelAsked());
        if (bid.getFamilyId() != null) {
            notices.sendAbout(bid.getPupilId(), familySencos(bid), BidAccess.link(bid), "notice.bid.submitted",
                    details.schoolName(), details.pupilName(), level);
        }
        notices.sendAbout(bid.getPupilId(), accounts.parentsOf(bid.getPupilId()), BidAccess.link(bid),
                "notice.bid.submittedParent", details.pupilName(), level);
    }

    /** Where submitting a bid sends it, and who is told: for the school's SENCO to confirm the step. */
    public record Submission(@Nullable String familyName, List<Told> told) {
    }

    /**
     * What {@link #submit} would do, for its confirmation: the family of schools the bid goes to
     * and who is told (the family's SENCOs, the pupil's parents), from the lists submit sends to.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITERS)
    public Submission submission(long bidId) {
        Bid bid = access.requireWrite(bidId, null, "READ_BID");
        String family = bid.getFamilyId() == null ? null : organisation.familyOfRecord(bid.getFamilyId()).name();
        return new Submission(family, notices.told(Audience.of().add(Role.FAMILY_SENCO, familySencos(bid))
                .add(Role.PARENT, accounts.parentsOf(bid.getPupilId()))));
    }

    private List<String> familySencos(Bid bid) {
        return bid.getFamilyId() == null ? List.of() : accounts.holdersInFamily(Role.FAMILY_SENCO, bid.getFamilyId());
    }

    // --- the school's evidence ---

    @Transactional
    @PreAuthorize(WRITERS)
    public Attachment attach(long bidId, AttachmentKind kind, String sentName, byte[] bytes) {
        Bid bid = access.requireWrite(bidId, null, "ATTACH_BID");
        Attachment attachment = attachments.store(OwnerType.BID, bidId, bid.getPupilId(), kind, sentName, bytes,
                access.user().username());
        auditLog.record("ATTACH_BID", SUBJECT, bid.getPupilId(), "bid " + bidId + " attachment " + attachment.getId());
        return attachment;
    }

    @Transactional
    @PreAuthorize(WRITERS)
    public void removeAttachment(long bidId, long attachmentId) {
        Bid bid = access.requireWrite(bidId, null, "REMOVE_ATTACHMENT");
        attachments.remove(OwnerType.BID, bidId, attachmentId, access.user().username());
        auditLog.record("REMOVE_ATTACHMENT", SUBJECT, bid.getPupilId(), "bid " + bidId + " attachment " + attachmentId);
    }
}
