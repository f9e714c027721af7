package org.waymark.plans.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which of a pupil's plans is the one to name as theirs (the pupil grid, the pupil's record):
 * the newest that has not ceased; only when every plan has ceased, the newest of them.
 */
public final class CurrentPlan {

    private CurrentPlan() {
    }

    /** A plan as the pupil grid names it. */
    public record Ref(long planId, long pupilId, PlanType type, PlanStatus status) {
    }

    /** @param oldestFirst a pupil's plans in the order they were started */
    public static <T> Optional<T> of(List<T> oldestFirst, Function<T, PlanStatus> status) {
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            if (status.apply(oldestFirst.get(i)) != PlanStatus.CEASED) {
                return Optional.of(oldestFirst.get(i));
            }
        }
        return oldestFirst.isEmpty() ? Optional.empty() : Optional.of(oldestFirst.getLast());
    }
}
