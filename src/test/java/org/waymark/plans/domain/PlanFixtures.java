package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.waymark.pupils.domain.AreaOfNeed;

/** A small but complete plan used by the plan tests. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    public static PlanContent content() {
        return PlanContent.empty()
                .withProfile(List.of(new PlanContent.Statement(Voice.CHILD, "Drawing dragons and my dog Pip")),
                        List.of(new PlanContent.Statement(Voice.PARENT, "Kind to younger children")),
                        List.of(new PlanContent.Statement(Voice.STAFF, "Give instructions one step at a time")))
                .withNeeds(List.of(new PlanContent.Need(AreaOfNeed.COMMUNICATION_INTERACTION,
                        "Finds it hard to follow spoken instructions in a busy room")))
                .withOutcomes(List.of(
                        new PlanContent.Outcome("O1", "Follows a two-step instruction in class", LocalDate.of(2027, 7, 21)),
                        new PlanContent.Outcome("O2", "Joins a playground game with a friend", LocalDate.of(2027, 7, 21))))
                .withProvisions(List.of(new PlanContent.Provision("O1", "Language group using visual supports",
                        "Teaching assistant", "3 times a week", new BigDecimal("1.5"), new BigDecimal("1850"),
                        DeliveryLanguage.WELSH, GroupSize.GROUP)))
                .withSupportAround(new PlanContent.AssistantRole("Prepares visual timetables and models language",
                        List.of("O1")), List.of("Ear defenders"), List.of("Speech and language therapy"));
    }
}
