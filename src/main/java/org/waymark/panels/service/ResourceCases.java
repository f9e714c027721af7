package org.waymark.panels.service;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The RAS cases the weekly SEND resource panel hears (SPEC §6, §10). The RAS feature implements
 * it, so the panels need not know that feature: it lists the cases routed to the panel, says
 * what the panel should see of one, and records the panel's decision on the case. The panel's
 * decision reaches the ledger as a funding decision like any other.
 */
public interface ResourceCases {

    /** A RAS case waiting for the panel. */
    record Referred(long rasCaseId, long pupilId, long schoolId) {
    }

    /** What the panel sees of a case: points, indicative resource, costed total and the TAC's note. */
    record Summary(int points, BigDecimal indicative, BigDecimal costed, @Nullable String reconsidered,
                   String keyStage) {
    }

    /** Cases of the authority routed to the SEND resource panel and not yet decided. */
    List<Referred> referredTo(long localAuthorityId);

    Summary summary(long rasCaseId);

    /** The panel decided: an amount awarded (null when refused), with its reasons. */
    void decided(long rasCaseId, @Nullable BigDecimal amount, String reasons, String actor);
}
