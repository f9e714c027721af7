package org.waymark.aln.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.TransitionException;

/**
 * A disagreement about a pupil's ALN decision or IDP (SPEC §9, seed 002 §7): logged by a parent or
 * by the school on the young person's behalf; a liaison officer of the authority assigned, which
 * starts informal resolution; then, in the order {@link DisagreementRules} allows, the authority's
 * disagreement resolution service and the Education Tribunal for Wales (referred, heard, decided);
 * closed with its outcome. Each step keeps its date and, once left, its outcome.
 */
public class AlnDisagreement {

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private final DisagreementSource source;
    private final DisagreementTopic topic;
    private final String concern;
    private final LocalDate raisedOn;
    private final String loggedBy;
    private final Instant loggedAt;
    private DisagreementStatus status;
    private @Nullable String liaisonOfficer;
    private @Nullable LocalDate informalOn;
    private @Nullable String informalOutcome;
    private @Nullable LocalDate serviceOn;
    private @Nullable String serviceOutcome;
    private @Nullable LocalDate tribunalOn;
    private @Nullable LocalDate hearingOn;
    private @Nullable String tribunalOutcome;
    private @Nullable LocalDate closedOn;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    AlnDisagreement(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, DisagreementSource source,
                    DisagreementTopic topic, String concern, LocalDate raisedOn, String loggedBy, Instant loggedAt,
                    DisagreementStatus status, @Nullable String liaisonOfficer, @Nullable LocalDate informalOn,
                    @Nullable String informalOutcome, @Nullable LocalDate serviceOn, @Nullable String serviceOutcome,
                    @Nullable LocalDate tribunalOn, @Nullable LocalDate hearingOn, @Nullable String tribunalOutcome,
                    @Nullable LocalDate closedOn, @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.source = source;
        this.topic = topic;
        this.concern = concern;
        this.raisedOn = raisedOn;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
        this.status = status;
        this.liaisonOfficer = liaisonOfficer;
        this.informalOn = informalOn;
        this.informalOutcome = informalOutcome;
        this.serviceOn = serviceOn;
        this.serviceOutcome = serviceOutcome;
        this.tribunalOn = tribunalOn;
        this.hearingOn = hearingOn;
        this.tribunalOutcome = tribunalOutcome;
        this.closedOn = closedOn;
        this.version = version;
    }

    /** A concern logged (checked by {@link DisagreementRules#check}). */
    @SuppressWarnings("java:S107")
    public static AlnDisagreement log(long localAuthorityId, long pupilId, long schoolId, DisagreementSource source,
                                      DisagreementTopic topic, LocalDate raisedOn, String concern, String actor,
                                      Instant now) {
        return new AlnDisagreement(null, localAuthorityId, pupilId, schoolId, source, topic, concern.strip(), raisedOn,
                actor, now, DisagreementStatus.LOGGED, null, null, null, null, null, null, null, null, null, null);
    }

    /** The authority assigns (or changes) the liaison officer; the first assignment starts informal resolution. */
    public void assign(String officer, LocalDate today) {
        if (!status.open()) {
            throw new TransitionException("disagreement", status, status);
        }
        liaisonOfficer = officer;
        if (status == DisagreementStatus.LOGGED) {
            status = DisagreementStatus.INFORMAL;
            informalOn = today;
        }
    }

    /** The day the current step began. */
    public @Nullable LocalDate currentSince() {
        return switch (status) {
            case LOGGED -> raisedOn;
            case INFORMAL -> informalOn;
            case RESOLUTION_SERVICE -> serviceOn;
            case TRIBUNAL -> tribunalOn;
            case CLOSED -> closedOn;
        };
    }

    /**
     * The next step, on {@code on}, the current one ending with {@code outcome} (for the tribunal,
     * its decision); checked by {@link DisagreementRules#checkStep}.
     */
    public void step(DisagreementStatus to, LocalDate on, String outcome) {
        if (liaisonOfficer == null || !DisagreementRules.allowed(status, to, hearingOn != null)) {
            throw new TransitionException("disagreement", status, to);
        }
        String o = outcome.strip();
        switch (status) {
            case INFORMAL -> informalOutcome = o;
            case RESOLUTION_SERVICE -> serviceOutcome = o;
            case TRIBUNAL -> tribunalOutcome = o;
            default -> throw new TransitionException("disagreement", status, to);
        }
        switch (to) {
            case RESOLUTION_SERVICE -> serviceOn = on;
            case TRIBUNAL -> tribunalOn = on;
            case CLOSED -> closedOn = on;
            default -> throw new TransitionException("disagreement", status, to);
        }
        status = to;
    }

    /** The tribunal's hearing date, once it is set (or moved). */
    public void hearing(LocalDate on) {
        if (status != DisagreementStatus.TRIBUNAL) {
            throw new TransitionException("disagreement", status, status);
        }
        hearingOn = on;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public DisagreementSource getSource() { return source; }
    public DisagreementTopic getTopic() { return topic; }
    public String getConcern() { return concern; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public String getLoggedBy() { return loggedBy; }
    public Instant getLoggedAt() { return loggedAt; }
    public DisagreementStatus getStatus() { return status; }
    public @Nullable String getLiaisonOfficer() { return liaisonOfficer; }
    public @Nullable LocalDate getInformalOn() { return informalOn; }
    public @Nullable String getInformalOutcome() { return informalOutcome; }
    public @Nullable LocalDate getServiceOn() { return serviceOn; }
    public @Nullable String getServiceOutcome() { return serviceOutcome; }
    public @Nullable LocalDate getTribunalOn() { return tribunalOn; }
    public @Nullable LocalDate getHearingOn() { return hearingOn; }
    public @Nullable String getTribunalOutcome() { return tribunalOutcome; }
    public @Nullable LocalDate getClosedOn() { return closedOn; }
    public @Nullable Integer getVersion() { return version; }
}
