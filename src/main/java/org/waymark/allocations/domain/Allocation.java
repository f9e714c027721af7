package org.waymark.allocations.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.pupils.domain.YearGroup;

/**
 * One line of the allocation ledger: a yearly amount of one funding stream for a pupil at a
 * school, from a start date to an end date, and the decision it came from. Amounts never
 * change; a new decision ends this line and starts another, so the ledger keeps its history.
 */
public class Allocation {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final @Nullable Long pupilId;
    private final @Nullable Long schoolId;
    private final @Nullable Long familyId;
    private final FundingStream stream;
    private final @Nullable String level;
    private final BigDecimal amount;
    private final LocalDate startDate;
    private LocalDate endDate;
    private final AllocationSource source;
    private final long sourceId;
    private final LocalDate decidedOn;
    private @Nullable AllocationEnd endReason;
    private @Nullable LocalDate reviewDueBy;
    private @Nullable LocalDate reminderSentOn;
    /** The authority responsible for the pupil when it is not this one: recouped from it. */
    private final @Nullable String recoupFrom;
    /** AFN the family took back when the pupil was awarded HLN: the yearly amount's share for the days not run. */
    private @Nullable BigDecimal returnedAmount;
    /** The pupil's year group when the decision was made (a new award made in Year 6 goes on to secondary). */
    private final @Nullable YearGroup decidedInYear;
    /** When a move or a leaver stopped the line: the day the authority was told. */
    private @Nullable LocalDate notifiedOn;
    private final Instant createdAt;
    private final String createdBy;
    @MappedCollection(idColumn = "ALLOCATION_ID", keyColumn = "SORT_KEY")
    private List<AllocationHistory> history;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    Allocation(@Nullable Long id, long localAuthorityId, @Nullable Long pupilId, @Nullable Long schoolId,
               @Nullable Long familyId, FundingStream stream, @Nullable String level, BigDecimal amount,
               LocalDate startDate, LocalDate endDate, AllocationSource source, long sourceId, LocalDate decidedOn,
               @Nullable AllocationEnd endReason, @Nullable LocalDate reviewDueBy, @Nullable LocalDate reminderSentOn,
               @Nullable String recoupFrom, @Nullable BigDecimal returnedAmount, @Nullable YearGroup decidedInYear,
               @Nullable LocalDate notifiedOn, Instant createdAt, String createdBy, List<AllocationHistory> history,
               @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.familyId = familyId;
        this.stream = stream;
        this.level = level;
        this.amount = amount;
        this.startDate = startDate;
        this.endDate = endDate;
        this.source = source;
        this.sourceId = sourceId;
        this.decidedOn = decidedOn;
        this.endReason = endReason;
        this.reviewDueBy = reviewDueBy;
        this.reminderSentOn = reminderSentOn;
        this.recoupFrom = recoupFrom;
        this.returnedAmount = returnedAmount;
        this.decidedInYear = decidedInYear;
        this.notifiedOn = notifiedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /**
     * Who holds it and where.
     *
     * @param yearGroup the pupil's year group when the decision was made (null for a family line)
     */
    public record Holder(long localAuthorityId, @Nullable Long pupilId, @Nullable Long schoolId,
                         @Nullable Long familyId, @Nullable String recoupFrom, @Nullable YearGroup yearGroup) {

        /** A holder whose year group at the decision is not known (a family line, say). */
        public Holder(long localAuthorityId, @Nullable Long pupilId, @Nullable Long schoolId,
                      @Nullable Long familyId, @Nullable String recoupFrom) {
            this(localAuthorityId, pupilId, schoolId, familyId, recoupFrom, null);
        }
    }

    /** What was decided, by whom and when. */
    public record Origin(AllocationSource source, long sourceId, LocalDate decidedOn, String actor, Instant now,
                         @Nullable String note) {
    }

    public static Allocation open(Holder holder, FundingStream stream, @Nullable String level, BigDecimal amount,
                                  LocalDate start, LocalDate end, Origin origin) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An allocation cannot end before it starts");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("An allocation needs a positive amount");
        }
        Allocation allocation = new Allocation(null, holder.localAuthorityId(), holder.pupilId(), holder.schoolId(),
                holder.familyId(), stream, level, amount.setScale(2, RoundingMode.HALF_UP), start, end,
                origin.source(), origin.sourceId(), origin.decidedOn(), null, null, null, holder.recoupFrom(),
                null, holder.yearGroup(), null, origin.now(), origin.actor(), List.of(), null);
        allocation.history.add(new AllocationHistory(origin.now(), origin.actor(), "OPENED", origin.note()));
        return allocation;
    }

    /**
     * Stops the allocation on {@code lastDay} (inclusive). An allocation already due to end
     * earlier keeps its own end; one that would end before it starts ends the day before it
     * starts (it never ran).
     */
    public void stop(LocalDate lastDay, AllocationEnd reason, String actor, Instant now, @Nullable String note) {
        LocalDate newEnd = lastDay.isBefore(startDate) ? startDate.minusDays(1) : lastDay;
        if (newEnd.isBefore(endDate)) {
            endDate = newEnd;
            endReason = reason;
        }
        history.add(new AllocationHistory(now, actor, reason.name(), note));
    }

    /**
     * {@link #stop} because the pupil moved or left, which the authority was told of on
     * {@code notified}: kept on the line when it shortens it, so the ledger can say so.
     */
    public void stopOnNotice(LocalDate lastDay, AllocationEnd reason, LocalDate notified, String actor, Instant now,
                             @Nullable String note) {
        LocalDate before = endDate;
        stop(lastDay, reason, actor, now, note);
        if (!endDate.equals(before)) {
            notifiedOn = notified;
        }
    }

    /**
     * Notes that a line which had already run to its end was carried on at another school (a
     * Year 6 award going on to secondary school); the line itself keeps its dates.
     */
    public void carriedOn(String actor, Instant now, @Nullable String note) {
        history.add(new AllocationHistory(now, actor, "CARRIED_TO_SECONDARY", note));
    }

    /** Extends a continuing allocation (the same amount decided again for a new period). */
    public void extendTo(LocalDate newEnd, String actor, Instant now, @Nullable String note) {
        if (newEnd.isAfter(endDate)) {
            endDate = newEnd;
            endReason = null;
            reminderSentOn = null;
        }
        history.add(new AllocationHistory(now, actor, "CONTINUED", note));
    }

    /**
     * The family returns AFN it agreed for a pupil the authority has now awarded HLN: the line
     * stops on {@code lastDay} and the share of the yearly amount for the days it will not run
     * goes back to the family's AFN budget.
     */
    public BigDecimal returnToFamily(LocalDate lastDay, String actor, Instant now, @Nullable String note) {
        if (stream != FundingStream.AFN) {
            throw new IllegalStateException("Only AFN is returned to the family");
        }
        if (returnedAmount != null) {
            throw new IllegalStateException("This AFN was returned already");
        }
        BigDecimal share = AfnReturn.share(amount, startDate, endDate, lastDay);
        stop(lastDay, AllocationEnd.RETURNED_FOR_HLN, actor, now, note);
        returnedAmount = share;
        return share;
    }

    public void reviewDueBy(LocalDate date, String actor, Instant now) {
        reviewDueBy = date;
        history.add(new AllocationHistory(now, actor, "REVIEW_DUE", date.toString()));
    }

    public void reminded(LocalDate on) {
        reminderSentOn = on;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate) && !ranNever();
    }

    /** Stopped before it began (a reduction of a place never taken up, say). */
    public boolean ranNever() {
        return endDate.isBefore(startDate);
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public @Nullable Long getPupilId() { return pupilId; }
    public @Nullable Long getSchoolId() { return schoolId; }
    public @Nullable Long getFamilyId() { return familyId; }
    public FundingStream getStream() { return stream; }
    public @Nullable String getLevel() { return level; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public AllocationSource getSource() { return source; }
    public long getSourceId() { return sourceId; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public @Nullable AllocationEnd getEndReason() { return endReason; }
    public @Nullable LocalDate getReviewDueBy() { return reviewDueBy; }
    public @Nullable LocalDate getReminderSentOn() { return reminderSentOn; }
    public @Nullable String getRecoupFrom() { return recoupFrom; }
    public @Nullable BigDecimal getReturnedAmount() { return returnedAmount; }
    public @Nullable YearGroup getDecidedInYear() { return decidedInYear; }
    public @Nullable LocalDate getNotifiedOn() { return notifiedOn; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<AllocationHistory> getHistory() { return Collections.unmodifiableList(history); }
    public @Nullable Integer getVersion() { return version; }
}
