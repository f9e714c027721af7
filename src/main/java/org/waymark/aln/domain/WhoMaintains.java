package org.waymark.aln.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;

/**
 * Who maintains a pupil's IDP (ALN Code 12.37-12.44 and the authority's published principles,
 * SPEC §9): the authority when the pupil is dually registered, looked after, needs 25 or more hours
 * of teaching-assistant support a week, or has a place at a special school or learning support
 * centre; or when the school refers because the ALP would not be reasonable for it to secure or it
 * cannot determine the ALN or the ALP. Otherwise the school. Every reason that applies is given,
 * facts first. Plain Java, table-tested.
 */
public final class WhoMaintains {

    /** Hours a week of teaching-assistant support from which the authority maintains the IDP. */
    public static final BigDecimal TA_HOURS_THRESHOLD = new BigDecimal("25");
    /** More hours a week than a school week holds are a slip of the keyboard. */
    public static final BigDecimal MAX_TA_HOURS = new BigDecimal("40");

    private WhoMaintains() {
    }

    /**
     * What the decision is made on: facts from the pupil's record (dual registration, looked after,
     * the phase of their school), the hours of TA support a week the ALP calls for (none known: null),
     * and the grounds the school gives for referring.
     */
    public record Facts(boolean dualRegistered, boolean lookedAfter, @Nullable BigDecimal taHoursPerWeek,
                        boolean specialPlacement, Set<MaintainerReason> grounds) {

        public Facts {
            grounds = Set.copyOf(grounds);
        }
    }

    /** Who maintains the IDP and every reason for it, as message keys. */
    public record Outcome(Maintainer maintainer, List<MaintainerReason> reasons) {
    }

    public static Outcome decide(Facts facts) {
        List<MaintainerReason> reasons = new ArrayList<>(factsForAuthority(facts));
        MaintainerReason.grounds().stream().filter(facts.grounds()::contains).forEach(reasons::add);
        return reasons.isEmpty() ? new Outcome(Maintainer.SCHOOL, List.of(MaintainerReason.SCHOOL_SECURES))
                : new Outcome(Maintainer.AUTHORITY, List.copyOf(reasons));
    }

    /**
     * The facts (not the school's judgement) that make the IDP the authority's: an authority
     * deciding a referral cannot hand such a case back to the school.
     */
    public static List<MaintainerReason> factsForAuthority(Facts facts) {
        List<MaintainerReason> reasons = new ArrayList<>();
        if (facts.dualRegistered()) {
            reasons.add(MaintainerReason.DUALLY_REGISTERED);
        }
        if (facts.lookedAfter()) {
            reasons.add(MaintainerReason.LOOKED_AFTER);
        }
        if (facts.taHoursPerWeek() != null && facts.taHoursPerWeek().compareTo(TA_HOURS_THRESHOLD) >= 0) {
            reasons.add(MaintainerReason.TA_HOURS);
        }
        if (facts.specialPlacement()) {
            reasons.add(MaintainerReason.SPECIAL_PLACEMENT);
        }
        return List.copyOf(reasons);
    }

    /**
     * Whether the school must refer the case rather than decide for itself whether the pupil has
     * ALN: a dually registered or looked-after pupil (ALN Code 12.37, chapter 14).
     */
    public static boolean schoolMustRefer(Facts facts) {
        return facts.dualRegistered() || facts.lookedAfter();
    }

    /** The hours of TA support, when given, lie between 0 and 40 a week, in tenths at most; grounds are grounds. */
    public static List<Violation> check(Facts facts) {
        List<Violation> problems = new ArrayList<>();
        BigDecimal hours = facts.taHoursPerWeek();
        if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_TA_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1)) {
            problems.add(Violation.of("taHours", "aln.taHours.invalid", MAX_TA_HOURS.toPlainString()));
        }
        if (facts.grounds().stream().anyMatch(g -> !g.isGround())) {
            problems.add(Violation.of("grounds", "aln.grounds.invalid"));
        }
        return problems;
    }
}
