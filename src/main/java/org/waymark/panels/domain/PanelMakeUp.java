package org.waymark.panels.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.Phase;
import org.waymark.security.domain.Role;

/**
 * Who the high-level needs panel is made up of (seed 001, paragraph 4.18: "Family SENCOs and
 * head teachers who represent each phase of education"; 4.24: the resubmission panel's
 * membership is identical). The scheme funds pupils in mainstream schools, so the phases are
 * primary and secondary; the head of an all-through school represents both.
 * <p>
 * A member counts in the capacity they sit in: a Family SENCO sitting as a SENCO, a head
 * teacher sitting as a head teacher. What is missing is a warning, never a refusal: the panel
 * may still sit (authorities vary, and a member may send apologies on the day).
 */
public final class PanelMakeUp {

    /** The phases of education whose head teachers sit on the HLN panel. */
    public static final Set<Phase> HLN_PHASES = EnumSet.of(Phase.PRIMARY, Phase.SECONDARY);

    private PanelMakeUp() {
    }

    /** One member sitting: the capacity they sit in, their account's roles and their school's phase. */
    public record Member(SeatCapacity capacity, Set<Role> roles, @Nullable Phase schoolPhase) {
    }

    /** What an HLN panel (main or resubmission) lacks, each naming the member missing; nothing for other panels. */
    public static List<Violation> missing(PanelKind kind, Collection<Member> sitting) {
        if (kind.membersFrom() != PanelKind.HLN_MAIN) {
            return List.of();
        }
        List<Violation> missing = new ArrayList<>();
        if (sitting.stream().noneMatch(m -> m.capacity() == SeatCapacity.SENCO
                && m.roles().contains(Role.FAMILY_SENCO))) {
            missing.add(Violation.of("seats", "panel.makeUp.familySenco"));
        }
        for (Phase phase : HLN_PHASES) {
            if (sitting.stream().noneMatch(m -> m.capacity() == SeatCapacity.HEAD_TEACHER
                    && m.roles().contains(Role.HEAD_TEACHER) && represents(m.schoolPhase(), phase))) {
                missing.add(Violation.of("seats", "panel.makeUp.head." + phase.name()));
            }
        }
        return missing;
    }

    private static boolean represents(@Nullable Phase school, Phase phase) {
        return school == phase || school == Phase.ALL_THROUGH;
    }
}
