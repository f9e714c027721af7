package org.waymark.plans.domain;

import org.waymark.base.domain.TransitionException;
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

/**
 * A pupil's plan of one type. It owns its lifecycle: draft → agreed/issued → under review →
 * agreed again … → ceased, each step recorded with who and when. The review date follows from
 * the day a version is agreed; a comment window lets the family add views to a draft.
 */
public class SupportPlan {

    public static final int DEFAULT_REVIEW_MONTHS = 12;
    public static final int DEFAULT_COMMENT_DAYS = 15;

    @Id
    private @Nullable Long id;
    private final long pupilId;
    private final long localAuthorityId;
    private final PlanType planType;
    private PlanStatus status;
    private int reviewIntervalMonths;
    private @Nullable LocalDate nextReviewDate;
    private @Nullable LocalDate commentWindowEndsOn;
    private final Instant createdAt;
    @MappedCollection(idColumn = "SUPPORT_PLAN_ID", keyColumn = "SORT_KEY")
    private List<PlanStep> steps;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    SupportPlan(@Nullable Long id, long pupilId, long localAuthorityId, PlanType planType, PlanStatus status,
                int reviewIntervalMonths, @Nullable LocalDate nextReviewDate, @Nullable LocalDate commentWindowEndsOn,
                Instant createdAt, List<PlanStep> steps, @Nullable Integer version) {
        this.id = id;
        this.pupilId = pupilId;
        this.localAuthorityId = localAuthorityId;
        this.planType = planType;
        this.status = status;
        this.reviewIntervalMonths = reviewIntervalMonths;
        this.nextReviewDate = nextReviewDate;
        this.commentWindowEndsOn = commentWindowEndsOn;
        this.createdAt = createdAt;
        this.steps = new ArrayList<>(steps);
        this.version = version;
    }

    public static SupportPlan start(long pupilId, long localAuthorityId, PlanType type, String actor, Instant now) {
        return new SupportPlan(null, pupilId, localAuthorityId, type, PlanStatus.DRAFT, DEFAULT_REVIEW_MONTHS, null,
                null, now, List.of(new PlanStep(PlanStatus.DRAFT, actor, now, null)), null);
    }

    /** The current draft is agreed (or issued): it is in force and the next review is scheduled. */
    public void agree(String actor, Instant now, LocalDate today) {
        move(PlanStatus.AGREED, actor, now, null, PlanStatus.DRAFT, PlanStatus.UNDER_REVIEW);
        nextReviewDate = today.plusMonths(reviewIntervalMonths);
        commentWindowEndsOn = null;
    }

    /**
     * After a review the plan is kept as it is (an EHC plan maintained without amendment): back in
     * force with the next review due on the given day.
     */
    public void keepAfterReview(String actor, Instant now, String note, LocalDate nextReview) {
        move(PlanStatus.AGREED, actor, now, note, PlanStatus.UNDER_REVIEW);
        nextReviewDate = nextReview;
        commentWindowEndsOn = null;
    }

    /**
     * The next review falls due on a given day rather than an interval after agreement: an EHC plan
     * is reviewed within 12 months of its last review meeting, however long the amendments took.
     */
    public void reviewDueOn(LocalDate on) {
        if (status != PlanStatus.AGREED) {
            throw new TransitionException("plan", status, PlanStatus.AGREED);
        }
        nextReviewDate = on;
    }

    /** A review starts: a new draft will be made from the version in force. */
    public void startReview(String actor, Instant now) {
        move(PlanStatus.UNDER_REVIEW, actor, now, null, PlanStatus.AGREED);
    }

    public void cease(String actor, Instant now, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A plan ceases for a reason");
        }
        move(PlanStatus.CEASED, actor, now, reason, PlanStatus.DRAFT, PlanStatus.AGREED, PlanStatus.UNDER_REVIEW);
        nextReviewDate = null;
        commentWindowEndsOn = null;
    }

    /**
     * The family may add their and the child's views to the draft for {@code days} days,
     * today being the first of them.
     */
    public void openCommentWindow(LocalDate today, int days) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.UNDER_REVIEW) {
            throw new TransitionException("plan", status, status);
        }
        if (days < 1 || days > 60) {
            throw new IllegalArgumentException("A comment window lasts 1 to 60 days");
        }
        commentWindowEndsOn = today.plusDays(days - 1L);
    }

    public boolean commentWindowOpen(LocalDate today) {
        return commentWindowEndsOn != null && !today.isAfter(commentWindowEndsOn)
                && (status == PlanStatus.DRAFT || status == PlanStatus.UNDER_REVIEW);
    }

    /** Whole days left to comment, counting today; zero when closed. */
    public long commentDaysLeft(LocalDate today) {
        return commentWindowOpen(today) ? java.time.temporal.ChronoUnit.DAYS.between(today, commentWindowEndsOn) + 1 : 0;
    }

    /** A new review interval; a review already scheduled moves to the new distance from agreement. */
    public void changeReviewInterval(int months) {
        if (months < 1 || months > 24) {
            throw new IllegalArgumentException("A review interval is 1 to 24 months");
        }
        if (nextReviewDate != null) {
            nextReviewDate = nextReviewDate.minusMonths(reviewIntervalMonths).plusMonths(months);
        }
        reviewIntervalMonths = months;
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewDate != null && nextReviewDate.isBefore(today) && status == PlanStatus.AGREED;
    }

    /** Whether the draft content may change now. */
    public boolean editable() {
        return status == PlanStatus.DRAFT || status == PlanStatus.UNDER_REVIEW;
    }

    private void move(PlanStatus to, String actor, Instant now, @Nullable String note, PlanStatus... allowedFrom) {
        for (PlanStatus from : allowedFrom) {
            if (status == from) {
                status = to;
                steps.add(new PlanStep(to, actor, now, note));
                return;
            }
        }
        throw new TransitionException("plan", status, to);
    }

    public @Nullable Long getId() { return id; }
    public long getPupilId() { return pupilId; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public PlanType getPlanType() { return planType; }
    public PlanStatus getStatus() { return status; }
    public int getReviewIntervalMonths() { return reviewIntervalMonths; }
    public @Nullable LocalDate getNextReviewDate() { return nextReviewDate; }
    public @Nullable LocalDate getCommentWindowEndsOn() { return commentWindowEndsOn; }
    public Instant getCreatedAt() { return createdAt; }
    public List<PlanStep> getSteps() { return Collections.unmodifiableList(steps); }
    public @Nullable Integer getVersion() { return version; }
}
