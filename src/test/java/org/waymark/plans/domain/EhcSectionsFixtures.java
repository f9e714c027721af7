package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An EHC plan with every section filled, used by the plan and persistence tests. */
public final class EhcSectionsFixtures {

    private EhcSectionsFixtures() {
    }

    public static PlanContent.Provision provision(String key, String what, String hours) {
        return new PlanContent.Provision(key, what, "NHS physiotherapist", "Every half term", new BigDecimal(hours),
                BigDecimal.ZERO, DeliveryLanguage.ENGLISH, GroupSize.ONE_TO_ONE);
    }

    public static PlanContent ehcp() {
        PlanContent base = PlanFixtures.content();
        return base.withEhc(EhcSections.empty()
                .withViews(List.of(new PlanContent.Statement(Voice.CHILD, "To work with animals")))
                .withNeeds(List.of("Asthma, managed with an inhaler"), List.of("Needs short breaks"))
                .withCareProvision(List.of(provision("O1", "Physiotherapy programme", "1")),
                        List.of(provision("O2", "Short breaks with a support worker", "3")),
                        List.of(provision("O2", "Family support visits", "0.5")))
                .withPlacement(new EhcSections.Placement("Larkfield Primary School", PlacementType.MAINSTREAM),
                        new EhcSections.PersonalBudget("Short breaks by direct payments", new BigDecimal("2400"),
                                new BigDecimal("2400")))
                .withAdvice(List.of(new EhcSections.Advice("Educational psychologist", LocalDate.of(2026, 9, 1)))));
    }
}
