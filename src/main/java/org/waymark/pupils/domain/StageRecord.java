package org.waymark.pupils.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the national pupil records system is sent about one enrolled pupil's additional support:
 * who they are (the Scottish Candidate Number, names and date of birth to match on), their school
 * (its reference, the SEED code in Scotland), their year group and their stage of the staged
 * intervention framework.
 */
public record StageRecord(long pupilId, @Nullable String candidateNumber, String firstName, String lastName,
                          LocalDate dateOfBirth, YearGroup yearGroup, long schoolId, String schoolReference,
                          String schoolName, @Nullable Integer sifStage) {
}
