package org.waymark.imports.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

import org.waymark.pupils.domain.AreaOfNeed;

/**
 * The national codes for a pupil's type of need, mapped onto Waymark's areas of need: the DfE's
 * SEN types of the CTF and school census ({@code SENtype}), and the reasons for additional support
 * of Scotland's pupil census (CSV column {@code asn_reasons}). Codes with no area ("other", "SEN
 * support but no specialist assessment") map to nothing: a record needs at least one that maps.
 */
public final class NeedCodes {

    private static final Map<String, AreaOfNeed> SEN_TYPES = Map.ofEntries(
            entry("SPLD", AreaOfNeed.COGNITION_LEARNING), entry("MLD", AreaOfNeed.COGNITION_LEARNING),
            entry("SLD", AreaOfNeed.COGNITION_LEARNING), entry("PMLD", AreaOfNeed.COGNITION_LEARNING),
            entry("SEMH", AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL), entry("BESD", AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL),
            entry("SLCN", AreaOfNeed.COMMUNICATION_INTERACTION), entry("ASD", AreaOfNeed.COMMUNICATION_INTERACTION),
            entry("HI", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL), entry("VI", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
            entry("MSI", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL), entry("PD", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL));

    /** SEN types that are known but name no area. */
    private static final java.util.Set<String> SEN_WITHOUT_AREA = java.util.Set.of("OTH", "NSA");

    /** Scotland's ASN reasons (pupil census wording, case and spacing ignored). */
    private static final Map<String, AreaOfNeed> ASN_REASONS = Map.ofEntries(
            entry("learning disability", AreaOfNeed.COGNITION_LEARNING),
            entry("dyslexia", AreaOfNeed.COGNITION_LEARNING),
            entry("other specific learning difficulty", AreaOfNeed.COGNITION_LEARNING),
            entry("other moderate learning difficulty", AreaOfNeed.COGNITION_LEARNING),
            entry("visual impairment", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
            entry("hearing impairment", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
            entry("deafblind", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
            entry("physical or motor impairment", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
            entry("physical health problem", AreaOfNeed.SENSORY_MEDICAL_PHYSICAL),
            entry("language or speech disorder", AreaOfNeed.COMMUNICATION_INTERACTION),
            entry("autistic spectrum disorder", AreaOfNeed.COMMUNICATION_INTERACTION),
            entry("communication support needs", AreaOfNeed.COMMUNICATION_INTERACTION),
            entry("social, emotional and behavioural difficulty", AreaOfNeed.BEHAVIOUR_EMOTIONAL_SOCIAL),
            entry("mental health problem", AreaOfNeed.ANXIETY_RELATED));

    private NeedCodes() {
    }

    /** Whether the code is one of the DfE's SEN types (with an area or without). */
    public static boolean knownSenType(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return SEN_TYPES.containsKey(c) || SEN_WITHOUT_AREA.contains(c);
    }

    /** The area of a CTF SEN type, or empty for an unknown one or one without an area. */
    public static Optional<AreaOfNeed> senArea(String code) {
        return Optional.ofNullable(SEN_TYPES.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The area of a Scottish ASN reason, or empty when the reason names none (e.g. "young carer"). */
    public static Optional<AreaOfNeed> asnReason(String reason) {
        return Optional.ofNullable(ASN_REASONS.get(reason.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
    }
}
