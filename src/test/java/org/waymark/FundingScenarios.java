package org.waymark;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.allocations.domain.AllocationSource;
import org.waymark.allocations.domain.FundingDecided;
import org.waymark.allocations.domain.FundingStream;

/**
 * Funding decided for a pupil as a deciding feature publishes it, so the ledger records it by its
 * rules (for tests that need a pupil to hold funding without walking a bid through a panel). The
 * caller signs in first as someone who may decide for the pupil's authority.
 */
@Component
public class FundingScenarios {

    private final ApplicationEventPublisher events;
    private final DemoPupils demo;

    FundingScenarios(ApplicationEventPublisher events, DemoPupils demo) {
        this.events = events;
        this.demo = demo;
    }

    public void award(long pupilId, FundingStream stream, @Nullable String level, BigDecimal amount,
                      LocalDate decidedOn, AllocationPeriod period, @Nullable LocalDate customEnd,
                      AllocationSource source, long sourceId) {
        events.publishEvent(decision(pupilId, stream, level, amount, decidedOn, period, customEnd, source, sourceId));
    }

    /** The decision itself, to publish as it is or changed (taking effect at once, say). */
    public FundingDecided decision(long pupilId, FundingStream stream, @Nullable String level, BigDecimal amount,
                                   LocalDate decidedOn, AllocationPeriod period, @Nullable LocalDate customEnd,
                                   AllocationSource source, long sourceId) {
        return FundingDecided.forPupil(demo.authorityOf(pupilId), pupilId, stream, FundingDecided.Outcome.AWARDED,
                level, amount, decidedOn, period, customEnd, source, sourceId, null, "Decided for the test");
    }
}
