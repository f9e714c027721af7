package org.waymark.moderation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.TransitionException;

/**
 * A family's moderation meeting on a date: its agenda of cases (submitted bids, and pupils holding
 * HLN funding whose level is checked), who attended, each case's decision, and the FNF money
 * agreed. Once closed it is a read-only record. A case is decided once: a second decision on the
 * same case is a conflict that names the first.
 */
public class ModerationMeeting {

    @Id
    private @Nullable Long id;
    private final long familyId;
    private final long localAuthorityId;
    private final int financialYear;
    private final LocalDate meetingDate;
    private MeetingStatus status;
    @MappedCollection(idColumn = "MODERATION_MEETING_ID", keyColumn = "SORT_KEY")
    private List<MeetingCase> cases;
    @MappedCollection(idColumn = "MODERATION_MEETING_ID", keyColumn = "SORT_KEY")
    private List<Attendee> attendees;
    @MappedCollection(idColumn = "MODERATION_MEETING_ID", keyColumn = "SORT_KEY")
    private List<FnfAllocation> fnfAllocations;
    private final String openedBy;
    private final Instant openedAt;
    private @Nullable String closedBy;
    private @Nullable Instant closedAt;
    /** The stored names of the documents kept when the meeting closed: its record and the virement requests. */
    private @Nullable String recordFile;
    private @Nullable String virementFile;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    ModerationMeeting(@Nullable Long id, long familyId, long localAuthorityId, int financialYear, LocalDate meetingDate,
                      MeetingStatus status, List<MeetingCase> cases, List<Attendee> attendees,
                      List<FnfAllocation> fnfAllocations, String openedBy, Instant openedAt,
                      @Nullable String closedBy, @Nullable Instant closedAt, @Nullable String recordFile,
                      @Nullable String virementFile, @Nullable Integer version) {
        this.id = id;
        this.familyId = familyId;
        this.localAuthorityId = localAuthorityId;
        this.financialYear = financialYear;
        this.meetingDate = meetingDate;
        this.status = status;
        this.cases = new ArrayList<>(cases);
        this.attendees = new ArrayList<>(attendees);
        this.fnfAllocations = new ArrayList<>(fnfAllocations);
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.recordFile = recordFile;
        this.virementFile = virementFile;
        this.version = version;
    }

    public static ModerationMeeting open(long familyId, long localAuthorityId, int financialYear, LocalDate date,
                                         List<MeetingCase> agenda, String actor, Instant now) {
        return new ModerationMeeting(null, familyId, localAuthorityId, financialYear, date, MeetingStatus.OPEN,
                agenda, List.of(), List.of(), actor, now, null, null, null, null, null);
    }

    public void addAttendee(Attendee attendee) {
        requireOpen();
        attendees.add(attendee);
    }

    /** Records the decision on a case; the case must not be decided already. */
    public MeetingCase decide(int caseIndex, CaseOutcome outcome, @Nullable String level, @Nullable BigDecimal amount,
                              String reason, String actor, Instant now) {
        requireOpen();
        MeetingCase current = cases.get(caseIndex);
        if (current.decided()) {
            throw new ConflictException("case " + caseIndex + " was decided by " + current.decidedBy() + ": "
                    + current.outcome());
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A decision needs a reason");
        }
        MeetingCase decided = current.decide(outcome, level, amount, reason.strip(), actor, now);
        cases.set(caseIndex, decided);
        return decided;
    }

    public void allocateFnf(FnfAllocation allocation) {
        requireOpen();
        if (allocation.amount().signum() <= 0) {
            throw new IllegalArgumentException("An FNF allocation is a positive amount");
        }
        fnfAllocations.add(allocation);
    }

    /** Closing freezes the meeting: from now on it is the record of what was decided. */
    public void close(String actor, Instant now) {
        requireOpen();
        status = MeetingStatus.CLOSED;
        closedBy = actor;
        closedAt = now;
    }

    /** Keeps the documents made when the meeting closed. */
    public void keepDocuments(String record, String virements) {
        if (status != MeetingStatus.CLOSED) {
            throw new TransitionException("meeting", status, MeetingStatus.CLOSED);
        }
        recordFile = record;
        virementFile = virements;
    }

    public @Nullable String getRecordFile() {
        return recordFile;
    }

    public @Nullable String getVirementFile() {
        return virementFile;
    }

    /** AFN agreed in this meeting. */
    public BigDecimal committedAfn() {
        return cases.stream().filter(c -> c.outcome() == CaseOutcome.AGREED && c.amount() != null)
                .map(MeetingCase::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** FNF agreed in this meeting. */
    public BigDecimal committedFnf() {
        return fnfAllocations.stream().map(FnfAllocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int indexOfBid(long bidId) {
        for (int i = 0; i < cases.size(); i++) {
            if (Objects.equals(cases.get(i).bidId(), bidId) && cases.get(i).kind() == CaseKind.BID) {
                return i;
            }
        }
        return -1;
    }

    private void requireOpen() {
        if (status != MeetingStatus.OPEN) {
            throw new TransitionException("meeting", status, MeetingStatus.OPEN);
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getFamilyId() {
        return familyId;
    }

    public long getLocalAuthorityId() {
        return localAuthorityId;
    }

    public int getFinancialYear() {
        return financialYear;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public List<MeetingCase> getCases() {
        return Collections.unmodifiableList(cases);
    }

    public List<Attendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<FnfAllocation> getFnfAllocations() {
        return Collections.unmodifiableList(fnfAllocations);
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public @Nullable String getClosedBy() {
        return closedBy;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
