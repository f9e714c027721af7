package org.waymark.aln.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.waymark.base.domain.TransitionException;
import org.waymark.base.domain.Violation;

/**
 * A school's request for specialist equipment for a pupil with ALN (SPEC §9, issue 16 point 4),
 * with the specialist assessment attached. The authority approves (funding a cost) or declines it
 * with reasons, orders it and records its delivery; delivered equipment is additional learning
 * provision, recorded on the pupil's IDP. Requested → approved / declined → ordered → delivered.
 */
public class EquipmentRequest {

    public static final int ITEM_MAX = 200;
    public static final int TEXT_MAX = 2000;
    static final BigDecimal COST_MAX = new BigDecimal("99999999.99");

    @Id
    private @Nullable Long id;
    private final long localAuthorityId;
    private final long pupilId;
    private final long schoolId;
    private final String item;
    private final String purpose;
    private final BigDecimal estimatedCost;
    private EquipmentStatus status;
    private final String requestedBy;
    private final Instant requestedAt;
    private @Nullable String decidedBy;
    private @Nullable Instant decidedAt;
    private @Nullable String decisionReasons;
    private @Nullable BigDecimal fundedCost;
    private @Nullable String orderedBy;
    private @Nullable LocalDate orderedOn;
    private @Nullable String deliveredBy;
    private @Nullable LocalDate deliveredOn;
    private @Nullable Long planId;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    @SuppressWarnings("java:S107") // mirrors the table
    EquipmentRequest(@Nullable Long id, long localAuthorityId, long pupilId, long schoolId, String item, String purpose,
                     BigDecimal estimatedCost, EquipmentStatus status, String requestedBy, Instant requestedAt,
                     @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReasons,
                     @Nullable BigDecimal fundedCost, @Nullable String orderedBy, @Nullable LocalDate orderedOn,
                     @Nullable String deliveredBy, @Nullable LocalDate deliveredOn, @Nullable Long planId,
                     @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.item = item;
        this.purpose = purpose;
        this.estimatedCost = estimatedCost;
        this.status = status;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionReasons = decisionReasons;
        this.fundedCost = fundedCost;
        this.orderedBy = orderedBy;
        this.orderedOn = orderedOn;
        this.deliveredBy = deliveredBy;
        this.deliveredOn = deliveredOn;
        this.planId = planId;
        this.version = version;
    }

    /** What a request must give, each message on its field: the item, what it is for, a cost. */
    public static List<Violation> validateRequest(@Nullable String item, @Nullable String purpose,
                                                  @Nullable BigDecimal cost) {
        List<Violation> v = new ArrayList<>();
        text(v, "item", item, ITEM_MAX);
        text(v, "purpose", purpose, TEXT_MAX);
        cost(v, "cost", cost);
        return v;
    }

    /** An approval funds a cost and gives reasons; a decline gives reasons. */
    public static List<Violation> validateDecision(boolean approve, @Nullable String reasons,
                                                   @Nullable BigDecimal fundedCost) {
        List<Violation> v = new ArrayList<>();
        text(v, "reasons", reasons, TEXT_MAX);
        if (approve) {
            cost(v, "fundedCost", fundedCost);
        }
        return v;
    }

    private static void text(List<Violation> v, String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            v.add(Violation.of(field, "aln.equipment.required"));
        } else if (text.strip().length() > max) {
            v.add(Violation.of(field, "aln.equipment.tooLong", max));
        }
    }

    private static void cost(List<Violation> v, String field, @Nullable BigDecimal cost) {
        if (cost == null) {
            v.add(Violation.of(field, "aln.equipment.required"));
        } else if (cost.signum() <= 0 || cost.compareTo(COST_MAX) > 0 || cost.scale() > 2) {
            v.add(Violation.of(field, "aln.equipment.cost.invalid"));
        }
    }

    public static EquipmentRequest request(long localAuthorityId, long pupilId, long schoolId, String item,
                                           String purpose, BigDecimal estimatedCost, String actor, Instant now) {
        return new EquipmentRequest(null, localAuthorityId, pupilId, schoolId, item.strip(), purpose.strip(),
                estimatedCost, EquipmentStatus.REQUESTED, actor, now, null, null, null, null, null, null, null, null,
                null, null);
    }

    public void approve(BigDecimal funded, String reasons, String actor, Instant now) {
        decide(EquipmentStatus.APPROVED, reasons, actor, now);
        this.fundedCost = funded;
    }

    public void decline(String reasons, String actor, Instant now) {
        decide(EquipmentStatus.DECLINED, reasons, actor, now);
    }

    private void decide(EquipmentStatus to, String reasons, String actor, Instant now) {
        if (status != EquipmentStatus.REQUESTED) {
            throw new TransitionException("equipment request", status, to);
        }
        this.status = to;
        this.decisionReasons = reasons.strip();
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    public void ordered(String actor, LocalDate today) {
        if (status != EquipmentStatus.APPROVED) {
            throw new TransitionException("equipment request", status, EquipmentStatus.ORDERED);
        }
        this.status = EquipmentStatus.ORDERED;
        this.orderedBy = actor;
        this.orderedOn = today;
    }

    public void delivered(String actor, LocalDate today) {
        if (status != EquipmentStatus.ORDERED) {
            throw new TransitionException("equipment request", status, EquipmentStatus.DELIVERED);
        }
        this.status = EquipmentStatus.DELIVERED;
        this.deliveredBy = actor;
        this.deliveredOn = today;
    }

    /** Recorded as ALP on the pupil's IDP. */
    public void recordedOn(long idpPlanId) {
        this.planId = idpPlanId;
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getPupilId() { return pupilId; }
    public long getSchoolId() { return schoolId; }
    public String getItem() { return item; }
    public String getPurpose() { return purpose; }
    public BigDecimal getEstimatedCost() { return estimatedCost; }
    public EquipmentStatus getStatus() { return status; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public @Nullable String getDecidedBy() { return decidedBy; }
    public @Nullable Instant getDecidedAt() { return decidedAt; }
    public @Nullable String getDecisionReasons() { return decisionReasons; }
    public @Nullable BigDecimal getFundedCost() { return fundedCost; }
    public @Nullable String getOrderedBy() { return orderedBy; }
    public @Nullable LocalDate getOrderedOn() { return orderedOn; }
    public @Nullable String getDeliveredBy() { return deliveredBy; }
    public @Nullable LocalDate getDeliveredOn() { return deliveredOn; }
    public @Nullable Long getPlanId() { return planId; }
    public @Nullable Integer getVersion() { return version; }
}
