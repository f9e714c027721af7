package org.waymark.plans.domain;

import java.time.LocalDate;

/**
 * A plan's draft was agreed (issued): published inside the agreeing transaction, so a feature
 * waiting for the plan (England's EHC needs assessment: the final plan issued) records it in the
 * same transaction without the plans feature knowing of it.
 */
public record PlanAgreed(long planId, long pupilId, PlanType type, int versionNumber, LocalDate agreedOn) {
}
