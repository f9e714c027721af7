package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Violation;

/**
 * Whether an administrator's ASN settings can be stored: an hourly rate in pounds and pence up to
 * {@value #MOST_POUNDS_AN_HOUR}, a staffing ratio of more than none and at most
 * {@value #MOST_PUPILS_PER_ASSISTANT} pupils per assistant (either left empty while not decided),
 * and each school week more than none and no longer than a week can be. Refused values are said
 * on their fields and nothing is stored.
 */
public final class SettingsInput {

    public static final int MOST_POUNDS_AN_HOUR = 200;
    public static final int MOST_PUPILS_PER_ASSISTANT = 50;

    private SettingsInput() {
    }

    public static List<Violation> validate(AsnSettings.Values v) {
        List<Violation> problems = new ArrayList<>();
        BigDecimal rate = v.hourlyRate();
        if (rate != null && (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(MOST_POUNDS_AN_HOUR)) > 0
                || decimals(rate) > 2)) {
            problems.add(Violation.of("hourlyRate", "asn.settings.input.rate", MOST_POUNDS_AN_HOUR));
        }
        BigDecimal ratio = v.pupilsPerAssistant();
        if (ratio != null && (ratio.signum() <= 0
                || ratio.compareTo(BigDecimal.valueOf(MOST_PUPILS_PER_ASSISTANT)) > 0 || decimals(ratio) > 2)) {
            problems.add(Violation.of("pupilsPerAssistant", "asn.settings.input.ratio", MOST_PUPILS_PER_ASSISTANT));
        }
        week(problems, "weekEarlyYears", v.weekEarlyYears());
        week(problems, "weekPrimary", v.weekPrimary());
        week(problems, "weekSecondary", v.weekSecondary());
        return problems;
    }

    private static void week(List<Violation> problems, String field, @Nullable BigDecimal hours) {
        if (hours == null || hours.signum() <= 0 || hours.compareTo(RequestInput.MOST_HOURS_IN_A_WEEK) > 0
                || decimals(hours) > 2) {
            problems.add(Violation.of(field, "asn.settings.input.week", RequestInput.MOST_HOURS_IN_A_WEEK));
        }
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
