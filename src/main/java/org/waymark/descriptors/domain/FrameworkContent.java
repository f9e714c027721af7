package org.waymark.descriptors.domain;

import java.math.BigDecimal;
import java.util.List;

/** Everything a framework says, as a value: what an import produces and an export writes. */
public record FrameworkContent(BigDecimal threshold, List<FrameworkArea> areas, List<FrameworkTheme> themes,
                               List<Descriptor> descriptors, List<FundingLevel> levels, List<EvidenceRule> evidence) {

    public FrameworkContent {
        threshold = threshold.setScale(2, java.math.RoundingMode.HALF_UP);
        areas = List.copyOf(areas);
        themes = List.copyOf(themes);
        descriptors = List.copyOf(descriptors);
        levels = List.copyOf(levels);
        evidence = List.copyOf(evidence);
    }
}
