package org.waymark.plans.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * The record of one review meeting: the version reviewed, each of its outcomes marked achieved,
 * partly or not yet, and the new outcomes agreed for the next version. Written once per review;
 * never changed afterwards.
 */
public class PlanReview {

    @Id
    private @Nullable Long id;
    private final long supportPlanId;
    private final int reviewedVersion;
    private final LocalDate heldOn;
    private final String summary;
    private final String recordedBy;
    private final Instant recordedAt;
    @MappedCollection(idColumn = "PLAN_REVIEW_ID", keyColumn = "SORT_KEY")
    private final List<ReviewedOutcome> outcomes;
    @MappedCollection(idColumn = "PLAN_REVIEW_ID", keyColumn = "SORT_KEY")
    private final List<NewOutcome> newOutcomes;

    @PersistenceCreator
    PlanReview(@Nullable Long id, long supportPlanId, int reviewedVersion, LocalDate heldOn, String summary,
               String recordedBy, Instant recordedAt, List<ReviewedOutcome> outcomes, List<NewOutcome> newOutcomes) {
        this.id = id;
        this.supportPlanId = supportPlanId;
        this.reviewedVersion = reviewedVersion;
        this.heldOn = heldOn;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.outcomes = List.copyOf(outcomes);
        this.newOutcomes = List.copyOf(newOutcomes);
    }

    public static PlanReview record(long supportPlanId, int reviewedVersion, ReviewRecord record, String actor,
                                    Instant now) {
        return new PlanReview(null, supportPlanId, reviewedVersion, record.heldOn(), record.summary().strip(), actor,
                now, record.outcomes(), record.newOutcomes());
    }

    /** How an outcome of the reviewed version stood, with a word on why. */
    public record ReviewedOutcome(String outcomeKey, String outcomeText, OutcomeProgress progress, String comment) {
    }

    /** An outcome agreed at the review for the next version. */
    public record NewOutcome(String text, LocalDate targetDate) {
    }

    /** What the reviewer enters. */
    public record ReviewRecord(LocalDate heldOn, String summary, List<ReviewedOutcome> outcomes,
                               List<NewOutcome> newOutcomes) {
        public ReviewRecord {
            outcomes = List.copyOf(outcomes);
            newOutcomes = List.copyOf(newOutcomes);
        }
    }

    public long count(OutcomeProgress progress) {
        return outcomes.stream().filter(o -> o.progress() == progress).count();
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getSupportPlanId() {
        return supportPlanId;
    }

    public int getReviewedVersion() {
        return reviewedVersion;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getSummary() {
        return summary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<ReviewedOutcome> getOutcomes() {
        return outcomes;
    }

    public List<NewOutcome> getNewOutcomes() {
        return newOutcomes;
    }
}
