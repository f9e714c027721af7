package org.waymark.bids.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.attachments.domain.AttachmentKind;

/**
 * The facts outside the bid that its rules need: the framework's key themes per chosen area and
 * its evidence requirements, the notional threshold that applies to this pupil, whether the
 * school may bid to its family, what is attached (the kind of each document, once per document)
 * and any HLN level the pupil already holds.
 */
public record BidContext(Map<String, List<String>> themesByArea, Set<String> behaviourAreas,
                         List<EvidenceRequirement> evidence, BigDecimal threshold, boolean schoolMayBidToFamily,
                         List<AttachmentKind> attached, @Nullable String currentHighNeedsLevel) {

    public BidContext {
        themesByArea = Map.copyOf(themesByArea);
        behaviourAreas = Set.copyOf(behaviourAreas);
        evidence = List.copyOf(evidence);
        attached = List.copyOf(attached);
    }

    /**
     * A document a bid must carry: when it asks for {@code levelCode} (or any level when null;
     * "HLN" for any HLN level) under {@code areaCode} or, if {@code themeCode} is set, chose that
     * theme's {@code levelCode} column; {@code message} is the authority's own wording.
     */
    public record EvidenceRequirement(@Nullable String areaCode, @Nullable String themeCode,
                                      @Nullable String levelCode, AttachmentKind kind, String message) {
    }
}
