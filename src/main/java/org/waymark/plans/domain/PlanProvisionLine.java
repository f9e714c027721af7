package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One provision of a plan version as reports count it: the language it is delivered in, how it
 * is grouped and its hours a week. Derived from the version's content whenever it is saved, so
 * it never disagrees with it.
 */
public record PlanProvisionLine(DeliveryLanguage deliveryLanguage, GroupSize groupSize, BigDecimal hoursPerWeek) {

    /** The lines of a content, in the order of its provisions. */
    public static List<PlanProvisionLine> of(PlanContent content) {
        return content.provisions().stream()
                .map(p -> new PlanProvisionLine(p.language(), p.groupSize(), p.hoursPerWeek()))
                .toList();
    }
}
