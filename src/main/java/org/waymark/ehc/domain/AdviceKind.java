package org.waymark.ehc.domain;

import java.util.List;

/** Whose advice an assessment asks for (SEND Regulations 2014, regulation 6). */
public enum AdviceKind {
    EDUCATION,
    HEALTH,
    SOCIAL_CARE,
    EDUCATIONAL_PSYCHOLOGY,
    /** Another adviser the caseworker adds (speech and language therapy, a sensory team …). */
    OTHER;

    /** The advice every assessment asks for when the authority decides to assess. */
    public static List<AdviceKind> required() {
        return List.of(EDUCATION, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY);
    }
}
