package org.waymark.pupils.service;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.Pupil;

/**
 * A pupil's record as the detail page shows it: the aggregate plus the names it refers to.
 * {@code editable} says whether the caller may change it (decided by the access policy).
 */
public record PupilRecord(Pupil pupil, String schoolName, String authorityName, List<EnrolmentLine> enrolments,
                          boolean editable, boolean mayRecordMove) {

    /** One line of the enrolment history with the school's name, and the day the authority was told it ended. */
    public record EnrolmentLine(String schoolName, LocalDate startDate, @Nullable LocalDate endDate,
                                @Nullable String endReason, @Nullable LocalDate notifiedOn) {
    }
}
