package org.waymark.plans.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** Views the family added to a draft during its comment window, in the child's or the parents' own words. */
public record PlanContribution(@Id @Nullable Long id, long supportPlanId, int versionNumber, Voice voice,
                               String words, String author, Instant addedAt) {

    public static final int MAX_LENGTH = 4000;
}
