package org.waymark.bids.domain;

import org.waymark.base.domain.TransitionException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A school's request for top-up funding for one pupil, made against one published descriptor
 * framework (kept by id, so later edits to the framework never change what was asked). The
 * school fills it in while it is a draft (or returned for evidence); the family then agrees,
 * declines or returns it; an HLN bid, countersigned by the Family SENCO, goes on to the
 * authority for a panel decision, which may be appealed. Every step is kept with who, when and why.
 */
public class Bid {

    @Id
    private @Nullable Long id;
    private final long pupilId;
    private final long schoolId;
    private final @Nullable Long familyId;
    private final long localAuthorityId;
    private final long frameworkId;
    private BidStatus status;
    @MappedCollection(idColumn = "BID_ID")
    private Set<BidArea> areas;
    @MappedCollection(idColumn = "BID_ID", keyColumn = "SORT_KEY")
    private List<ThemeChoice> choices;
    @MappedCollection(idColumn = "BID_ID", keyColumn = "SORT_KEY")
    private List<FundedProvision> fundedProvision;
    private @Nullable String levelProposed;
    private @Nullable String levelAsked;
    private @Nullable String levelReason;
    private @Nullable Boolean behaviourSupportSought;
    private String behaviourSupportNote;
    private String parentViews;
    private String childViews;
    /** Set when another authority is responsible for the pupil: the cost is recouped from it. */
    private @Nullable String recoupFrom;
    /** The pupil already holds HLN funding and this asks for more: a new application to the main panel. */
    private boolean increase;
    /** The pupil holds HLN that is ending and this asks for the same or less: heard by the resubmission panel. */
    private boolean resubmission;
    private @Nullable BigDecimal thresholdAtSubmission;
    private @Nullable String agreedLevel;
    private @Nullable BigDecimal agreedAmount;
    private @Nullable String countersignedBy;
    private @Nullable Instant countersignedAt;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "BID_ID", keyColumn = "SORT_KEY")
    private List<BidStep> steps;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    Bid(@Nullable Long id, long pupilId, long schoolId, @Nullable Long familyId, long localAuthorityId,
        long frameworkId, BidStatus status, Set<BidArea> areas, List<ThemeChoice> choices,
        List<FundedProvision> fundedProvision, @Nullable String levelProposed, @Nullable String levelAsked,
        @Nullable String levelReason, @Nullable Boolean behaviourSupportSought, String behaviourSupportNote,
        String parentViews, String childViews, @Nullable String recoupFrom, boolean increase, boolean resubmission,
        @Nullable BigDecimal thresholdAtSubmission, @Nullable String agreedLevel, @Nullable BigDecimal agreedAmount,
        @Nullable String countersignedBy, @Nullable Instant countersignedAt, String createdBy, Instant createdAt,
        Instant updatedAt, List<BidStep> steps, @Nullable Integer version) {
        this.id = id;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.familyId = familyId;
        this.localAuthorityId = localAuthorityId;
        this.frameworkId = frameworkId;
        this.status = status;
        this.areas = new LinkedHashSet<>(areas);
        this.choices = new ArrayList<>(choices);
        this.fundedProvision = new ArrayList<>(fundedProvision);
        this.levelProposed = levelProposed;
        this.levelAsked = levelAsked;
        this.levelReason = levelReason;
        this.behaviourSupportSought = behaviourSupportSought;
        this.behaviourSupportNote = behaviourSupportNote;
        this.parentViews = parentViews;
        this.childViews = childViews;
        this.recoupFrom = recoupFrom;
        this.increase = increase;
        this.resubmission = resubmission;
        this.thresholdAtSubmission = thresholdAtSubmission;
        this.agreedLevel = agreedLevel;
        this.agreedAmount = agreedAmount;
        this.countersignedBy = countersignedBy;
        this.countersignedAt = countersignedAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.steps = new ArrayList<>(steps);
        this.version = version;
    }

    public static Bid start(long pupilId, long schoolId, @Nullable Long familyId, long localAuthorityId,
                            long frameworkId, @Nullable String recoupFrom, String actor, Instant now) {
        return new Bid(null, pupilId, schoolId, familyId, localAuthorityId, frameworkId, BidStatus.DRAFT, Set.of(),
                List.of(), List.of(), null, null, null, null, "", "", "", recoupFrom, false, false, null, null, null, null,
                null, actor, now, now, List.of(new BidStep(BidStatus.DRAFT, actor, now, null)), null);
    }

    // --- what the school fills in (only while the bid is with the school) ---

    public void chooseAreas(Set<String> areaCodes, Instant now) {
        requireEditable();
        areas = new LinkedHashSet<>(areaCodes.stream().map(BidArea::new).toList());
        // a theme of an area no longer chosen is dropped with it
        choices.removeIf(c -> !areaCodes.contains(c.areaCode()));
        updatedAt = now;
    }

    public void recordChoices(List<ThemeChoice> newChoices, @Nullable String proposedLevel, Instant now) {
        requireEditable();
        choices = new ArrayList<>(newChoices);
        levelProposed = proposedLevel;
        updatedAt = now;
    }

    public void recordFundedProvision(List<FundedProvision> provision, Instant now) {
        requireEditable();
        fundedProvision = new ArrayList<>(provision);
        updatedAt = now;
    }

    public void askForLevel(@Nullable String level, @Nullable String reason, HighNeedsRequest request, Instant now) {
        requireEditable();
        levelAsked = level;
        levelReason = reason == null || reason.isBlank() ? null : reason.strip();
        classifyRequest(request);
        updatedAt = now;
    }

    public void recordViews(String parent, String child, @Nullable Boolean behaviourSought, String behaviourNote,
                            Instant now) {
        requireEditable();
        parentViews = parent.strip();
        childViews = child.strip();
        behaviourSupportSought = behaviourSought;
        behaviourSupportNote = behaviourNote.strip();
        updatedAt = now;
    }

    // --- the lifecycle ---

    /** The school sends the bid to its family (the caller has checked the rules first). */
    public void submit(BigDecimal threshold, String actor, Instant now) {
        move(BidStatus.SUBMITTED, actor, now, null, BidStatus.DRAFT, BidStatus.RETURNED);
        thresholdAtSubmission = threshold;
    }

    public void returnForEvidence(String reason, String actor, Instant now) {
        move(BidStatus.RETURNED, actor, now, required(reason), BidStatus.SUBMITTED);
    }

    public void decline(String reason, String actor, Instant now) {
        move(BidStatus.DECLINED, actor, now, required(reason), BidStatus.SUBMITTED, BidStatus.FORWARDED,
                BidStatus.APPEALED);
    }

    /** The family agrees an AFN bid at a level and an amount (inside that level's band, checked by the caller). */
    public void agree(String level, BigDecimal amount, String reason, String actor, Instant now) {
        move(BidStatus.AGREED, actor, now, required(reason), BidStatus.SUBMITTED);
        agreedLevel = level;
        agreedAmount = amount;
    }

    /** An HLN bid, countersigned by the Family SENCO, goes to the authority. */
    public void forwardToAuthority(String reason, String familySenco, Instant now) {
        if (!LevelCodes.isHighNeeds(levelAsked)) {
            throw new TransitionException("bid", status, BidStatus.FORWARDED);
        }
        move(BidStatus.FORWARDED, familySenco, now, required(reason), BidStatus.SUBMITTED);
        countersignedBy = familySenco;
        countersignedAt = now;
    }

    /** The authority's panel decides a forwarded bid, or the appeals panel an appealed one. */
    public void decide(String level, @Nullable BigDecimal amount, String reason, String actor, Instant now) {
        move(BidStatus.DECIDED, actor, now, required(reason), BidStatus.FORWARDED, BidStatus.APPEALED);
        agreedLevel = level;
        agreedAmount = amount;
    }

    public void appeal(String reason, String actor, Instant now) {
        move(BidStatus.APPEALED, actor, now, required(reason), BidStatus.DECIDED, BidStatus.DECLINED);
    }

    /** The appeals panel leaves the decision as it was: the bid returns to where it stood. */
    public void appealConfirmed(String reason, String actor, Instant now) {
        BidStatus before = steps.reversed().stream().map(BidStep::status)
                .filter(s -> s == BidStatus.DECIDED || s == BidStatus.DECLINED).findFirst()
                .orElseThrow(() -> new TransitionException("bid", status, BidStatus.DECIDED));
        move(before, actor, now, required(reason), BidStatus.APPEALED);
    }

    private static String required(String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("This step needs a reason");
        }
        return reason.strip();
    }

    private void move(BidStatus to, String actor, Instant now, @Nullable String note, BidStatus... from) {
        if (!List.of(from).contains(status)) {
            throw new TransitionException("bid", status, to);
        }
        status = to;
        updatedAt = now;
        steps.add(new BidStep(to, actor, now, note));
    }

    private void requireEditable() {
        if (!status.editableBySchool()) {
            throw new TransitionException("bid", status, status);
        }
    }

    /** The total yearly cost of the support already funded by the school. */
    public BigDecimal fundedTotal() {
        return fundedProvision.stream().map(FundedProvision::annualCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Set<String> areaCodes() {
        return areas.stream().map(BidArea::areaCode).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPupilId() {
        return pupilId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public @Nullable Long getFamilyId() {
        return familyId;
    }

    public long getLocalAuthorityId() {
        return localAuthorityId;
    }

    public long getFrameworkId() {
        return frameworkId;
    }

    public BidStatus getStatus() {
        return status;
    }

    public List<ThemeChoice> getChoices() {
        return Collections.unmodifiableList(choices);
    }

    public List<FundedProvision> getFundedProvision() {
        return Collections.unmodifiableList(fundedProvision);
    }

    public @Nullable String getLevelProposed() {
        return levelProposed;
    }

    public @Nullable String getLevelAsked() {
        return levelAsked;
    }

    public @Nullable String getLevelReason() {
        return levelReason;
    }

    public @Nullable Boolean getBehaviourSupportSought() {
        return behaviourSupportSought;
    }

    public String getBehaviourSupportNote() {
        return behaviourSupportNote;
    }

    public String getParentViews() {
        return parentViews;
    }

    public String getChildViews() {
        return childViews;
    }

    public @Nullable String getRecoupFrom() {
        return recoupFrom;
    }

    /** Records which panel an HLN request goes to, from what the pupil holds (the ledger) when it is made. */
    public void classifyRequest(HighNeedsRequest request) {
        increase = request == HighNeedsRequest.INCREASE;
        resubmission = request == HighNeedsRequest.RESUBMISSION;
    }

    public boolean isResubmission() {
        return resubmission;
    }

    public boolean isIncrease() {
        return increase;
    }

    public @Nullable BigDecimal getThresholdAtSubmission() {
        return thresholdAtSubmission;
    }

    public @Nullable String getAgreedLevel() {
        return agreedLevel;
    }

    public @Nullable BigDecimal getAgreedAmount() {
        return agreedAmount;
    }

    public @Nullable String getCountersignedBy() {
        return countersignedBy;
    }

    public @Nullable Instant getCountersignedAt() {
        return countersignedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<BidStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
