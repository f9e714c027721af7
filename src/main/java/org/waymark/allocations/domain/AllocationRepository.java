package org.waymark.allocations.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AllocationRepository extends ListCrudRepository<Allocation, Long> {

    @Query("SELECT * FROM allocation WHERE pupil_id = :pupilId ORDER BY start_date DESC")
    List<Allocation> findByPupilIdOrderByStartDateDesc(long pupilId);

    List<Allocation> findByPupilIdAndStreamOrderByStartDate(long pupilId, FundingStream stream);

    List<Allocation> findBySourceAndSourceId(AllocationSource source, long sourceId);

    /** Lines of one school that overlap a period (a term for a statement). */
    List<Allocation> findBySchoolIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
            long schoolId, LocalDate periodEnd, LocalDate periodStart);

    /** Lines of one family that overlap a period (a term for the family's statement). */
    List<Allocation> findByFamilyIdAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
            long familyId, LocalDate periodEnd, LocalDate periodStart);

    /** An authority's lines of one stream that overlap a period (the council's hours statement). */
    List<Allocation> findByLocalAuthorityIdAndStreamAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
            long localAuthorityId, FundingStream stream, LocalDate periodEnd, LocalDate periodStart);

    /** Lines of an authority recouped from another authority that overlap a period (recoupment statements). */
    List<Allocation> findByLocalAuthorityIdAndRecoupFromIsNotNullAndStartDateLessThanEqualAndEndDateGreaterThanEqualOrderByStartDate(
            long localAuthorityId, LocalDate periodEnd, LocalDate periodStart);

    /** A family's lines of one stream that have not ended before a day (running then, or starting later). */
    List<Allocation> findByFamilyIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(long familyId,
                                                                                     FundingStream stream,
                                                                                     LocalDate day);

    /** A school's lines of one stream that have not ended before a day (running then, or starting later). */
    List<Allocation> findBySchoolIdAndStreamAndEndDateGreaterThanEqualOrderByStartDate(long schoolId,
                                                                                     FundingStream stream,
                                                                                     LocalDate day);

    /** The lines of a stream held by any of these pupils (one query for a family's pupils). */
    List<Allocation> findByStreamAndPupilIdIn(FundingStream stream, java.util.Collection<Long> pupilIds);

    /** A family's AFN lines it returned when their pupils were awarded HLN. */
    List<Allocation> findByFamilyIdAndStreamAndReturnedAmountIsNotNull(long familyId, FundingStream stream);

    /** Lines ending inside a window that nobody has been reminded of yet. */
    List<Allocation> findByLocalAuthorityIdAndEndDateBetweenAndReminderSentOnIsNullOrderByEndDate(
            long localAuthorityId, LocalDate from, LocalDate to);
}
