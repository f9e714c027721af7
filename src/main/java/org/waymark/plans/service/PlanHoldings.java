package org.waymark.plans.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.waymark.plans.domain.CurrentPlan;
import org.waymark.plans.domain.PlanDirectory;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.security.domain.Roles;

/** A pupil's plans on their record (how many, the current one) and the current plan in the pupil grid. */
@Component
class PlanHoldings implements PupilHoldings {

    private final PlanService plans;
    private final PlanDirectory directory;

    PlanHoldings(PlanService plans, PlanDirectory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 10;
    }

    /** Through {@link PlanService#plansOf}: the caller's scope checked and refusals audited, as the plans page does. */
    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Optional<Holding> about(long pupilId) {
        List<PlanSummary> list = plans.plansOf(pupilId);
        List<Text> status = CurrentPlan.of(list, PlanSummary::status)
                .map(p -> List.of(Text.of("pupil.holdings.plans.current", label(p.type()), label(p.status()))))
                .orElse(List.of());
        return Optional.of(new Holding("plans", Text.of("pupil.holdings.plans", list.size()),
                "pupils/" + pupilId + "/plans", status));
    }

    @Override
    public @Nullable String columnKey() {
        return "pupils.column.plan";
    }

    @Override
    @PreAuthorize(Roles.PUPIL_READERS)
    public Map<Long, Text> cells(Collection<Long> pupilIds) {
        Map<Long, Text> cells = new HashMap<>();
        directory.currentPlans(pupilIds).forEach((pupilId, p) ->
                cells.put(pupilId, Text.of("pupils.cell.plan", label(p.type()), label(p.status()))));
        return cells;
    }

    private static Text label(Enum<?> value) {
        return Text.of("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
