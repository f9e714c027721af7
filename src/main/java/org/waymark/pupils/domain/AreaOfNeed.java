package org.waymark.pupils.domain;

/** Areas of need, as the descriptor frameworks group them. */
public enum AreaOfNeed {
    ANXIETY_RELATED,
    BEHAVIOUR_EMOTIONAL_SOCIAL,
    COGNITION_LEARNING,
    COMMUNICATION_INTERACTION,
    SENSORY_MEDICAL_PHYSICAL
}
