package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The parts of an EHC plan's statutory sections (SEND Code of Practice 9.62) that the
 * person-centred content of {@link PlanContent} does not already hold. The rest map from it:
 * A views, interests and aspirations = what matters, what people like, how to support, plus
 * {@link #aspirations}; B special educational needs = needs; E outcomes = outcomes; F special
 * educational provision = provisions, the assistant's role and equipment; K advice and
 * information = agencies plus {@link #advice}. Health (G) and social care (H1, H2) provision are
 * {@link PlanContent.Provision}s like F's — specific, quantified and tied to an outcome — kept in
 * their own lists so F's hours stay the educational provision. Empty on other plan types.
 */
public record EhcSections(List<PlanContent.Statement> aspirations, List<String> healthNeeds,
                          List<String> socialCareNeeds, List<PlanContent.Provision> healthProvision,
                          List<PlanContent.Provision> socialCareSection2, List<PlanContent.Provision> otherSocialCare,
                          @Nullable Placement placement, @Nullable PersonalBudget personalBudget, List<Advice> advice) {

    public EhcSections {
        aspirations = aspirations == null ? List.of() : List.copyOf(aspirations);
        healthNeeds = healthNeeds == null ? List.of() : List.copyOf(healthNeeds);
        socialCareNeeds = socialCareNeeds == null ? List.of() : List.copyOf(socialCareNeeds);
        healthProvision = healthProvision == null ? List.of() : List.copyOf(healthProvision);
        socialCareSection2 = socialCareSection2 == null ? List.of() : List.copyOf(socialCareSection2);
        otherSocialCare = otherSocialCare == null ? List.of() : List.copyOf(otherSocialCare);
        advice = advice == null ? List.of() : List.copyOf(advice);
    }

    public static EhcSections empty() {
        return new EhcSections(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    }

    /** Section I: the school or other institution named, and its type. */
    public record Placement(String name, PlacementType type) {
    }

    /**
     * Section J: a personal budget — what it pays for, how much a year, and how much of it is
     * paid to the family as direct payments.
     */
    public record PersonalBudget(String arrangements, BigDecimal annualAmount, BigDecimal directPayments) {
    }

    /** Section K: one piece of advice or information obtained for the plan, with its date. */
    public record Advice(String from, LocalDate dated) {
    }

    public EhcSections withViews(List<PlanContent.Statement> newAspirations) {
        return new EhcSections(newAspirations, healthNeeds, socialCareNeeds, healthProvision, socialCareSection2,
                otherSocialCare, placement, personalBudget, advice);
    }

    public EhcSections withNeeds(List<String> health, List<String> socialCare) {
        return new EhcSections(aspirations, health, socialCare, healthProvision, socialCareSection2, otherSocialCare,
                placement, personalBudget, advice);
    }

    public EhcSections withCareProvision(List<PlanContent.Provision> health, List<PlanContent.Provision> h1,
                                         List<PlanContent.Provision> h2) {
        return new EhcSections(aspirations, healthNeeds, socialCareNeeds, health, h1, h2, placement, personalBudget,
                advice);
    }

    public EhcSections withPlacement(@Nullable Placement newPlacement, @Nullable PersonalBudget budget) {
        return new EhcSections(aspirations, healthNeeds, socialCareNeeds, healthProvision, socialCareSection2,
                otherSocialCare, newPlacement, budget, advice);
    }

    public EhcSections withAdvice(List<Advice> newAdvice) {
        return new EhcSections(aspirations, healthNeeds, socialCareNeeds, healthProvision, socialCareSection2,
                otherSocialCare, placement, personalBudget, newAdvice);
    }

    /** Every provision outside section F: G, H1 and H2, in that order. */
    public List<PlanContent.Provision> careProvision() {
        return java.util.stream.Stream.of(healthProvision, socialCareSection2, otherSocialCare)
                .flatMap(List::stream).toList();
    }
}
