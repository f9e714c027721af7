package org.waymark.asn.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.plans.domain.PlanType;

/**
 * The pupil's current Child's Plan as a request uses it: whether a version is in force, and the
 * assistant's role against the outcomes it serves (as the plan states them).
 *
 * @param versionInForce the agreed version the request rests on; null while the plan is a draft
 * @param assistantRole  what the plan says the assistant does; null or blank when it says nothing
 * @param outcomesServed the plan's outcomes the assistant's role is tied to
 * @param nextReview     when the plan is next to be reviewed
 */
public record PlanFacts(long planId, PlanType type, @Nullable Integer versionInForce, @Nullable String assistantRole,
                        List<Outcome> outcomesServed, @Nullable LocalDate nextReview) {

    public PlanFacts {
        outcomesServed = List.copyOf(outcomesServed);
    }

    /** An outcome of the plan the assistant's role serves. */
    public record Outcome(String key, String text, @Nullable LocalDate targetDate) {
    }

    public boolean inForce() {
        return versionInForce != null;
    }

    /** The plan states the assistant's role and ties it to at least one of its outcomes. */
    public boolean statesAssistantRole() {
        return assistantRole != null && !assistantRole.isBlank() && !outcomesServed.isEmpty();
    }
}
