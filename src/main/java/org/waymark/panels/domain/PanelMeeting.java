package org.waymark.panels.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.TransitionException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;

/**
 * A meeting of one of the authority's panels: who sat, the list of cases, and each decision.
 * Every case is decided once (a second attempt is a conflict); closing it makes it the record.
 * An appeals meeting refuses a member who took part in a decision it hears, and decides only
 * with a senior officer, a head teacher and a SENCO sitting.
 */
public class PanelMeeting {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final PanelKind kind;
    private final LocalDate meetingDate;
    private MeetingStatus status;
    private final String openedBy;
    private final Instant openedAt;
    private @Nullable String closedBy;
    private @Nullable Instant closedAt;
    @MappedCollection(idColumn = "PANEL_MEETING_ID", keyColumn = "SORT_KEY")
    private List<MeetingSeat> seats;
    @MappedCollection(idColumn = "PANEL_MEETING_ID", keyColumn = "SORT_KEY")
    private List<PanelCase> cases;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    PanelMeeting(@Nullable Long id, long localAuthorityId, PanelKind kind, LocalDate meetingDate, MeetingStatus status,
                 String openedBy, Instant openedAt, @Nullable String closedBy, @Nullable Instant closedAt,
                 List<MeetingSeat> seats, List<PanelCase> cases, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.kind = kind;
        this.meetingDate = meetingDate;
        this.status = status;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.seats = new ArrayList<>(seats);
        this.cases = new ArrayList<>(cases);
        this.version = version;
    }

    /** Opens a meeting with the panel's standing members sitting. */
    public static PanelMeeting open(long localAuthorityId, PanelKind kind, LocalDate date, List<PanelSeat> members,
                                    String actor, Instant now) {
        return new PanelMeeting(null, localAuthorityId, kind, date, MeetingStatus.OPEN, actor, now, null, null,
                members.stream().map(MeetingSeat::of).toList(), List.of(), null);
    }

    /**
     * Seats a member for this meeting. {@code decidedBefore} are the people who took part in
     * the decisions this meeting hears on appeal: none of them may sit.
     */
    public void seat(MeetingSeat seat, Set<Long> decidedBefore) {
        requireOpen();
        List<Violation> problems = PanelRules.independence(List.of(seat), decidedBefore);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        seats.removeIf(s -> s.userId() == seat.userId());
        seats.add(seat);
    }

    public void unseat(long userId) {
        requireOpen();
        seats.removeIf(s -> s.userId() == userId);
    }

    /**
     * Puts a case on the list. For an appeal, {@code originalDeciders} are those who sat on the
     * decision appealed: if any of them sits here, the case is refused until they step down.
     */
    public void list(PanelCase panelCase, Set<Long> originalDeciders) {
        requireOpen();
        boolean listed = cases.stream().anyMatch(c -> c.kind() == panelCase.kind() && c.pupilId() == panelCase.pupilId()
                && java.util.Objects.equals(c.bidId(), panelCase.bidId())
                && java.util.Objects.equals(c.interimId(), panelCase.interimId())
                && java.util.Objects.equals(c.rasCaseId(), panelCase.rasCaseId()));
        if (listed) {
            return;
        }
        if (kind == PanelKind.APPEALS) {
            List<Violation> problems = PanelRules.independence(seats, originalDeciders);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        }
        cases.add(panelCase);
    }

    /** Decides a listed case once; a case decided meanwhile by someone else is a conflict naming them. */
    public PanelCase decide(int caseIndex, PanelCase.Decision decision, String actor, Instant now) {
        requireOpen();
        PanelCase current = cases.get(caseIndex);
        if (current.decided()) {
            throw new ConflictException("case " + caseIndex + " was decided by " + current.decidedBy() + ": "
                    + current.outcome());
        }
        List<Violation> problems = new ArrayList<>(PanelRules.decision(decision));
        if (kind == PanelKind.APPEALS) {
            problems.addAll(PanelRules.appealComposition(seats));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        PanelCase decided = current.decide(decision, actor, now);
        cases.set(caseIndex, decided);
        return decided;
    }

    /** Closing needs every case decided: the letters go out for all of them. */
    public void close(String actor, Instant now) {
        requireOpen();
        if (cases.stream().anyMatch(c -> !c.decided())) {
            throw new ValidationException(List.of(Violation.of("cases", "panel.close.undecided")));
        }
        status = MeetingStatus.CLOSED;
        closedBy = actor;
        closedAt = now;
    }

    /** The index of the first case hearing a bid, or -1 when the bid is not on the list. */
    public int indexOfBid(long bidId) {
        for (int i = 0; i < cases.size(); i++) {
            if (java.util.Objects.equals(cases.get(i).bidId(), bidId)) {
                return i;
            }
        }
        return -1;
    }

    public boolean seats(long userId) {
        return seats.stream().anyMatch(s -> s.userId() == userId);
    }

    private void requireOpen() {
        if (status != MeetingStatus.OPEN) {
            throw new TransitionException("panel meeting", status, MeetingStatus.OPEN);
        }
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public PanelKind getKind() { return kind; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public MeetingStatus getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public Instant getOpenedAt() { return openedAt; }
    public @Nullable String getClosedBy() { return closedBy; }
    public @Nullable Instant getClosedAt() { return closedAt; }
    public List<MeetingSeat> getSeats() { return Collections.unmodifiableList(seats); }
    public List<PanelCase> getCases() { return Collections.unmodifiableList(cases); }
    public @Nullable Integer getVersion() { return version; }
}
