package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * What makes a request a mid-term allocation (MTA), part of the request: whether the child is in
 * early years (then the early-years officer takes it; otherwise — a pupil arriving mid-session in
 * a primary or secondary school — it is exceptional), the lead officer's assessment of the
 * child's needs and the request's validity with the hours and review date they propose, the
 * second officer's joint view (agreed, a variation of the hours, or other support instead), the
 * day the approved hours run from, the review date, and the last review.
 */
public class AsnMidTerm {

    private final boolean earlyYears;
    private @Nullable String assessedBy;
    private @Nullable LocalDate assessedOn;
    private @Nullable BigDecimal assessedHours;
    private @Nullable String assessment;
    private @Nullable String jointBy;
    private @Nullable JointView jointView;
    private @Nullable BigDecimal jointHours;
    private @Nullable String jointNote;
    private @Nullable LocalDate hoursFrom;
    private @Nullable LocalDate reviewDate;
    private @Nullable LocalDate reviewedOn;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    AsnMidTerm(boolean earlyYears, @Nullable String assessedBy, @Nullable LocalDate assessedOn,
               @Nullable BigDecimal assessedHours, @Nullable String assessment, @Nullable String jointBy,
               @Nullable JointView jointView, @Nullable BigDecimal jointHours, @Nullable String jointNote,
               @Nullable LocalDate hoursFrom, @Nullable LocalDate reviewDate, @Nullable LocalDate reviewedOn) {
        this.earlyYears = earlyYears;
        this.assessedBy = assessedBy;
        this.assessedOn = assessedOn;
        this.assessedHours = assessedHours;
        this.assessment = assessment;
        this.jointBy = jointBy;
        this.jointView = jointView;
        this.jointHours = jointHours;
        this.jointNote = jointNote;
        this.hoursFrom = hoursFrom;
        this.reviewDate = reviewDate;
        this.reviewedOn = reviewedOn;
    }

    static AsnMidTerm of(boolean earlyYears) {
        return new AsnMidTerm(earlyYears, null, null, null, null, null, null, null, null, null, null, null);
    }

    void assessed(BigDecimal hours, LocalDate review, String text, String actor, LocalDate today) {
        assessedBy = actor;
        assessedOn = today;
        assessedHours = hours;
        assessment = text.strip();
        reviewDate = review;
    }

    void joined(JointView view, @Nullable BigDecimal hours, String note, String actor) {
        jointBy = actor;
        jointView = view;
        jointHours = view == JointView.VARIATION ? hours : null;
        jointNote = note.strip();
    }

    void approved(LocalDate from, LocalDate review) {
        hoursFrom = from;
        reviewDate = review;
    }

    void reviewed(LocalDate on, @Nullable LocalDate next) {
        reviewedOn = on;
        reviewDate = next;
    }

    /** The hours the officers recommend: the second officer's variation, else the lead officer's. */
    public @Nullable BigDecimal recommendedHours() {
        return jointView == JointView.VARIATION && jointHours != null ? jointHours : assessedHours;
    }

    public boolean isEarlyYears() { return earlyYears; }
    public @Nullable String getAssessedBy() { return assessedBy; }
    public @Nullable LocalDate getAssessedOn() { return assessedOn; }
    public @Nullable BigDecimal getAssessedHours() { return assessedHours; }
    public @Nullable String getAssessment() { return assessment; }
    public @Nullable String getJointBy() { return jointBy; }
    public @Nullable JointView getJointView() { return jointView; }
    public @Nullable BigDecimal getJointHours() { return jointHours; }
    public @Nullable String getJointNote() { return jointNote; }
    public @Nullable LocalDate getHoursFrom() { return hoursFrom; }
    public @Nullable LocalDate getReviewDate() { return reviewDate; }
    public @Nullable LocalDate getReviewedOn() { return reviewedOn; }
}
