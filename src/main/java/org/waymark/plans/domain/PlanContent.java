package org.waymark.plans.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;

/**
 * The content of one plan version, section by section. Person-centred sections are lists of
 * statements each marked with whose words they are. Immutable: editing makes a new value.
 */
public record PlanContent(List<Statement> whatMatters, List<Statement> likedFor, List<Statement> howToSupport,
                          List<Need> needs, List<Outcome> outcomes, List<Provision> provisions,
                          @Nullable AssistantRole assistantRole, List<String> equipment, List<String> agencies,
                          EhcSections ehc) {

    @SuppressWarnings("ConstantValue") // a version stored before EHC sections existed decodes with none
    public PlanContent {
        whatMatters = List.copyOf(whatMatters);
        likedFor = List.copyOf(likedFor);
        howToSupport = List.copyOf(howToSupport);
        needs = List.copyOf(needs);
        outcomes = List.copyOf(outcomes);
        provisions = List.copyOf(provisions);
        equipment = List.copyOf(equipment);
        agencies = List.copyOf(agencies);
        ehc = ehc == null ? EhcSections.empty() : ehc;
    }

    /** Content without EHC plan sections (every plan type but the EHC plan). */
    public PlanContent(List<Statement> whatMatters, List<Statement> likedFor, List<Statement> howToSupport,
                       List<Need> needs, List<Outcome> outcomes, List<Provision> provisions,
                       @Nullable AssistantRole assistantRole, List<String> equipment, List<String> agencies) {
        this(whatMatters, likedFor, howToSupport, needs, outcomes, provisions, assistantRole, equipment, agencies,
                EhcSections.empty());
    }

    public static PlanContent empty() {
        return new PlanContent(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                List.of(), EhcSections.empty());
    }

    /** A statement in someone's own words. */
    public record Statement(Voice voice, String text) {
    }

    /** A need in one area. */
    public record Need(AreaOfNeed area, String description) {
    }

    /** An outcome to reach by a date; {@code key} (O1, O2 …) ties provision and assistant role to it. */
    public record Outcome(String key, String text, LocalDate targetDate) {
    }

    /** What is provided towards an outcome, by whom, how often, for how long and at what cost. */
    public record Provision(String outcomeKey, String what, String who, String frequency, BigDecimal hoursPerWeek,
                            BigDecimal annualCost, DeliveryLanguage language, GroupSize groupSize) {
    }

    /** What an assistant does, and which outcomes that serves. */
    public record AssistantRole(String description, List<String> outcomeKeys) {
        public AssistantRole {
            outcomeKeys = List.copyOf(outcomeKeys);
        }
    }

    public PlanContent withProfile(List<Statement> matters, List<Statement> liked, List<Statement> support) {
        return new PlanContent(matters, liked, support, needs, outcomes, provisions, assistantRole, equipment, agencies, ehc);
    }

    public PlanContent withNeeds(List<Need> newNeeds) {
        return new PlanContent(whatMatters, likedFor, howToSupport, newNeeds, outcomes, provisions, assistantRole,
                equipment, agencies, ehc);
    }

    public PlanContent withOutcomes(List<Outcome> newOutcomes) {
        return new PlanContent(whatMatters, likedFor, howToSupport, needs, newOutcomes, provisions, assistantRole,
                equipment, agencies, ehc);
    }

    public PlanContent withProvisions(List<Provision> newProvisions) {
        return new PlanContent(whatMatters, likedFor, howToSupport, needs, outcomes, newProvisions, assistantRole,
                equipment, agencies, ehc);
    }

    public PlanContent withSupportAround(@Nullable AssistantRole role, List<String> newEquipment,
                                         List<String> newAgencies) {
        return new PlanContent(whatMatters, likedFor, howToSupport, needs, outcomes, provisions, role, newEquipment,
                newAgencies, ehc);
    }

    /** The EHC plan's own sections (C, D, G, H1, H2, I, J, K's advice and A's aspirations) replaced. */
    public PlanContent withEhc(EhcSections sections) {
        return new PlanContent(whatMatters, likedFor, howToSupport, needs, outcomes, provisions, assistantRole,
                equipment, agencies, sections);
    }

    /** Section F's hours a week: the special educational provision (G and H are counted apart). */
    public BigDecimal totalHoursPerWeek() {
        return provisions.stream().map(Provision::hoursPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalAnnualCost() {
        return provisions.stream().map(Provision::annualCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
