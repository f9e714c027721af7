package org.waymark.asn.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/**
 * A pupil with ASN assistant hours moved out of a school, as recorded: where from and to (none
 * when they left the council), the day of the move and the day it was recorded, the hours a week
 * they held, and the overpayment finance recovers from the school's budget — the hours the school
 * was paid for on the school days from the move until it was recorded, at the council's hourly
 * rate ({@code HoursCost}). Kept as it was worked out then, for finance and the officers.
 *
 * @param schoolDays  the school days from the move to the day before it was recorded
 * @param hourlyRate  the council's rate then; null while none was set (no overpayment is worked out)
 * @param overpayment null without a rate
 */
public record AsnMove(@Id @Nullable Long id, long localAuthorityId, long pupilId, long fromSchoolId,
                      @Nullable Long toSchoolId, String reason, LocalDate movedOn, LocalDate notifiedOn,
                      LocalDate recordedOn, BigDecimal hours, int schoolDays, @Nullable BigDecimal hourlyRate,
                      @Nullable BigDecimal overpayment, String recordedBy, Instant createdAt) {

    @SuppressWarnings("java:S107") // one move, as recorded
    public static AsnMove of(long localAuthorityId, long pupilId, long fromSchoolId, @Nullable Long toSchoolId,
                             String reason, LocalDate movedOn, LocalDate notifiedOn, LocalDate recordedOn,
                             BigDecimal hours, int schoolDays, @Nullable BigDecimal hourlyRate,
                             @Nullable BigDecimal overpayment, String recordedBy, Instant now) {
        return new AsnMove(null, localAuthorityId, pupilId, fromSchoolId, toSchoolId, reason, movedOn, notifiedOn,
                recordedOn, hours, schoolDays, hourlyRate, overpayment, recordedBy, now);
    }
}
