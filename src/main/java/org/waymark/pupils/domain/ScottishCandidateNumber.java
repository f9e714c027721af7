package org.waymark.pupils.domain;

import java.util.Optional;

/** The Scottish Candidate Number: exactly nine digits. */
public final class ScottishCandidateNumber {

    private ScottishCandidateNumber() {
    }

    public static String normalise(String raw) {
        return raw.replaceAll("\\s+", "");
    }

    /** An i18n key naming what is wrong, or empty when the number has the right format. */
    public static Optional<String> problem(String raw) {
        String scn = normalise(raw);
        if (!scn.matches("\\d{9}")) {
            return Optional.of("pupil.scn.format");
        }
        return Optional.empty();
    }
}
