package org.waymark.ehc.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * Advice asked for in an EHC needs assessment from one adviser, due 6 weeks after it was asked for
 * ({@link EhcClock}); returned as an attachment (owner {@code EHC_ADVICE}) on a date. Late when
 * returned after its due date, or not returned by it.
 */
public class EhcAdvice {

    @Id
    private @Nullable Long id;
    private final long ehcAssessmentId;
    private final AdviceKind kind;
    private final String adviser;
    private final LocalDate requestedOn;
    private @Nullable LocalDate returnedOn;
    private @Nullable String returnedBy;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    EhcAdvice(@Nullable Long id, long ehcAssessmentId, AdviceKind kind, String adviser, LocalDate requestedOn,
              @Nullable LocalDate returnedOn, @Nullable String returnedBy, @Nullable Integer version) {
        this.id = id;
        this.ehcAssessmentId = ehcAssessmentId;
        this.kind = kind;
        this.adviser = adviser;
        this.requestedOn = requestedOn;
        this.returnedOn = returnedOn;
        this.returnedBy = returnedBy;
        this.version = version;
    }

    /**
     * Advice of a kind asked for on {@code on} from {@code adviser} (a service or a person; may be
     * empty for the advice every assessment asks for, named by its kind).
     */
    public static EhcAdvice request(long assessmentId, AdviceKind kind, String adviser, LocalDate on) {
        if (kind == AdviceKind.OTHER && adviser.isBlank()) {
            throw new IllegalArgumentException("Advice is asked of someone");
        }
        return new EhcAdvice(null, assessmentId, kind, adviser.strip(), on, null, null, null);
    }

    /** The advice came back on {@code on}. */
    public void returned(LocalDate on, String actor) {
        if (returnedOn != null) {
            throw new IllegalStateException("Advice " + id + " was returned on " + returnedOn);
        }
        if (on.isBefore(requestedOn)) {
            throw new IllegalArgumentException("Advice returns after it is asked for");
        }
        returnedOn = on;
        returnedBy = actor;
    }

    /** The due date with the case's exceptions pushing it back. */
    public LocalDate dueBy(java.util.List<EhcClock.Pause> pauses, LocalDate today) {
        return EhcClock.due(AssessmentStep.ADVICE, requestedOn, pauses, today);
    }

    /** Returned after its due date, or — not returned — past it today. */
    public boolean late(java.util.List<EhcClock.Pause> pauses, LocalDate today) {
        LocalDate due = dueBy(pauses, returnedOn == null ? today : returnedOn);
        return EhcClock.late(due, returnedOn == null ? today : returnedOn);
    }

    public boolean outstanding() {
        return returnedOn == null;
    }

    public @Nullable Long getId() { return id; }
    public long getEhcAssessmentId() { return ehcAssessmentId; }
    public AdviceKind getKind() { return kind; }
    public String getAdviser() { return adviser; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public @Nullable LocalDate getReturnedOn() { return returnedOn; }
    public @Nullable String getReturnedBy() { return returnedBy; }
    public @Nullable Integer getVersion() { return version; }
}
