package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A learning centre's assistant staffing from the council's ratio (SNCT staffing guidance):
 * its pupils over the pupils per assistant give the assistants it is staffed with, and each
 * assistant works the centre's school week.
 *
 * @param assistants the pupils over the ratio, to the hundredth
 * @param hoursAWeek the assistants' hours a week (pupils × week ÷ ratio), to the hundredth
 */
public record LearningCentreStaffing(int pupils, BigDecimal pupilsPerAssistant, BigDecimal weekHours,
                                     BigDecimal assistants, BigDecimal hoursAWeek) {

    /** The staffing, or null while the council has set no ratio. */
    public static @Nullable LearningCentreStaffing of(int pupils, @Nullable BigDecimal pupilsPerAssistant,
                                                      BigDecimal weekHours) {
        if (pupilsPerAssistant == null || pupilsPerAssistant.signum() <= 0) {
            return null;
        }
        BigDecimal roll = BigDecimal.valueOf(pupils);
        return new LearningCentreStaffing(pupils, pupilsPerAssistant, weekHours,
                roll.divide(pupilsPerAssistant, 2, RoundingMode.HALF_UP),
                roll.multiply(weekHours).divide(pupilsPerAssistant, 2, RoundingMode.HALF_UP));
    }
}
