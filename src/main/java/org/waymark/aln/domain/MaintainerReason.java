package org.waymark.aln.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A reason who maintains a pupil's IDP, each a message key {@code enum.MaintainerReason.X}.
 * <ul>
 * <li>Facts on the pupil's record that make it the authority's: dually registered (ALN Code
 * 12.37) or looked after (chapter 14) — the school then refers rather than decides for itself;
 * 25 or more hours a week of teaching-assistant support; a place at a special school or a
 * learning support centre.</li>
 * <li>The school's grounds for referring (Code 12.39, 12.43): ALP it would not be reasonable for
 * the school to secure — a low-incidence condition needing specialism it cannot provide, regular
 * external specialist input beyond what it can arrange, equipment only one pupil can use or that
 * cannot be re-used or is beyond its resources, very intensive daily support its budget cannot
 * fund — or ALN, or ALP, that it cannot adequately determine.</li>
 * <li>Otherwise the school secures the ALP from its delegated budget; or the authority decided a
 * referral and found the school best placed.</li>
 * </ul>
 */
public enum MaintainerReason {
    DUALLY_REGISTERED(Kind.FACT, Maintainer.AUTHORITY),
    LOOKED_AFTER(Kind.FACT, Maintainer.AUTHORITY),
    TA_HOURS(Kind.FACT, Maintainer.AUTHORITY),
    SPECIAL_PLACEMENT(Kind.FACT, Maintainer.AUTHORITY),
    LOW_INCIDENCE(Kind.GROUND, Maintainer.AUTHORITY),
    SPECIALIST_INPUT(Kind.GROUND, Maintainer.AUTHORITY),
    EQUIPMENT(Kind.GROUND, Maintainer.AUTHORITY),
    INTENSIVE_SUPPORT(Kind.GROUND, Maintainer.AUTHORITY),
    CANNOT_DETERMINE_ALN(Kind.GROUND, Maintainer.AUTHORITY),
    CANNOT_DETERMINE_ALP(Kind.GROUND, Maintainer.AUTHORITY),
    SCHOOL_SECURES(Kind.DEFAULT, Maintainer.SCHOOL),
    SCHOOL_BEST_PLACED(Kind.AUTHORITY_DECISION, Maintainer.SCHOOL),
    AUTHORITY_DECIDES(Kind.AUTHORITY_DECISION, Maintainer.AUTHORITY);

    /** Where a reason comes from. */
    public enum Kind {
        /** A fact on the pupil's record (or the hours of support planned). */
        FACT,
        /** The school's judgement, given as its ground for referring. */
        GROUND,
        /** No reason for the authority: the school. */
        DEFAULT,
        /** The authority's decision on a referral. */
        AUTHORITY_DECISION
    }

    private final Kind kind;
    private final Maintainer maintainer;

    MaintainerReason(Kind kind, Maintainer maintainer) {
        this.kind = kind;
        this.maintainer = maintainer;
    }

    public Kind kind() {
        return kind;
    }

    public Maintainer maintainer() {
        return maintainer;
    }

    public boolean isGround() {
        return kind == Kind.GROUND;
    }

    /** The grounds a school may give for referring, in the order its form lists them. */
    public static List<MaintainerReason> grounds() {
        return Arrays.stream(values()).filter(MaintainerReason::isGround).toList();
    }
}
