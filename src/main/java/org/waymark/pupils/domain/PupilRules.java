package org.waymark.pupils.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.waymark.base.domain.Nation;
import org.waymark.base.domain.Violation;
import org.waymark.organisation.domain.UkAuthorities;

/**
 * What makes a pupil's details acceptable. Each check returns an i18n message key so the form
 * shows the same message the service would refuse with.
 */
public final class PupilRules {

    public static final int MIN_AGE = 2;
    /** Support can run to 25 (EHCPs in England). */
    public static final int MAX_AGE = 25;
    /** How far a pupil's age may sit from the year group's usual age (held back, accelerated). */
    public static final int YEAR_GROUP_TOLERANCE = 2;
    public static final int MAX_NAME_LENGTH = 100;
    /** Home authority, who looks after the child, the named person. */
    public static final int MAX_DETAIL_LENGTH = 150;

    /** Letters of any alphabet, with spaces, hyphens, apostrophes and full stops between them. */
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’.\\-]*");

    private PupilRules() {
    }

    public static List<Violation> validate(PupilDetails details, Nation nation, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        checkName(details.getFirstName()).ifPresent(k -> violations.add(Violation.of("firstName", k)));
        checkName(details.getLastName()).ifPresent(k -> violations.add(Violation.of("lastName", k)));
        if (details.getPreferredName() != null) {
            checkName(details.getPreferredName()).ifPresent(k -> violations.add(Violation.of("preferredName", k)));
        }
        checkDateOfBirth(details.getDateOfBirth(), today)
                .ifPresent(k -> violations.add(Violation.of("dateOfBirth", k, MIN_AGE, MAX_AGE)));
        checkYearGroup(details.getYearGroup(), details.getDateOfBirth(), nation, today)
                .ifPresent(k -> violations.add(Violation.of("yearGroup", k)));
        checkUpn(details.getUpn(), nation).ifPresent(k -> violations.add(Violation.of("upn", k)));
        checkCandidateNumber(details.getCandidateNumber(), nation)
                .ifPresent(k -> violations.add(Violation.of("candidateNumber", k)));
        if (details.getAreasOfNeed().isEmpty()) {
            violations.add(Violation.of("areasOfNeed", "pupil.needs.required"));
        }
        if (details.getPrimaryNeed() == null) {
            violations.add(Violation.of("primaryNeed", "pupil.primaryNeed.required"));
        } else if (!details.getAreasOfNeed().contains(details.getPrimaryNeed())) {
            violations.add(Violation.of("primaryNeed", "pupil.primaryNeed.notInAreas"));
        }
        if (details.isLookedAfter() && details.getLookedAfterBy() == null) {
            violations.add(details.getLookedAfterByUnmatched() == null
                    ? Violation.of("lookedAfterBy", "pupil.lookedAfterBy.required")
                    : Violation.of("lookedAfterBy", "pupil.authority.unmatched", details.getLookedAfterByUnmatched()));
        }
        checkSifStage(details.getSifStage(), nation).ifPresent(k -> violations.add(Violation.of("sifStage", k)));
        if (nation != Nation.SCOTLAND && details.getNamedPerson() != null) {
            violations.add(Violation.of("namedPerson", "pupil.namedPerson.scotlandOnly"));
        }
        checkAuthority("homeAuthority", details.getHomeAuthority(), violations);
        if (details.isLookedAfter()) {
            checkAuthority("lookedAfterBy", details.getLookedAfterBy(), violations);
        }
        checkDetail("namedPerson", details.getNamedPerson(), violations);
        for (String diagnosis : details.getDiagnoses()) {
            if (diagnosis.length() > 200) {
                violations.add(Violation.of("diagnoses", "pupil.diagnosis.tooLong"));
            }
        }
        return violations;
    }

    /** An authority is a code from the reference list (issue 20 point 6), never free text. */
    private static void checkAuthority(String field, @Nullable String code, List<Violation> violations) {
        if (code != null && !UkAuthorities.list().isCode(code)) {
            violations.add(Violation.of(field, "pupil.authority.unknown"));
        }
    }

    private static void checkDetail(String field, @Nullable String value, List<Violation> violations) {
        if (value != null && value.strip().length() > MAX_DETAIL_LENGTH) {
            violations.add(Violation.of(field, "common.tooLong", MAX_DETAIL_LENGTH));
        }
    }

    public static Optional<String> checkName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("pupil.name.required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("pupil.name.tooLong");
        }
        if (!NAME.matcher(name.strip()).matches()) {
            return Optional.of("pupil.name.characters");
        }
        return Optional.empty();
    }

    /** A date of birth is plausible when it is not in the future and the pupil is 2 to 25. */
    public static Optional<String> checkDateOfBirth(@Nullable LocalDate dateOfBirth, LocalDate today) {
        if (dateOfBirth == null) {
            return Optional.of("pupil.dob.required");
        }
        if (dateOfBirth.isAfter(today)) {
            return Optional.of("pupil.dob.future");
        }
        int age = Period.between(dateOfBirth, today).getYears();
        if (age < MIN_AGE) {
            return Optional.of("pupil.dob.tooYoung");
        }
        if (age > MAX_AGE) {
            return Optional.of("pupil.dob.tooOld");
        }
        return Optional.empty();
    }

    /** The year group must exist in the nation and fit the date of birth within the tolerance. */
    public static Optional<String> checkYearGroup(@Nullable YearGroup yearGroup, @Nullable LocalDate dateOfBirth,
                                                  Nation nation, LocalDate today) {
        if (yearGroup == null) {
            return Optional.of("pupil.yearGroup.required");
        }
        if (!yearGroup.appliesTo(nation)) {
            return Optional.of("pupil.yearGroup.wrongNation");
        }
        if (dateOfBirth != null && !dateOfBirth.isAfter(today)) {
            int ageAtStartOfYear = Period.between(dateOfBirth, startOfSchoolYear(today, nation)).getYears();
            if (Math.abs(ageAtStartOfYear - yearGroup.typicalAge()) > YEAR_GROUP_TOLERANCE) {
                return Optional.of("pupil.yearGroup.age");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> checkUpn(@Nullable String upn, Nation nation) {
        if (upn == null || upn.isBlank()) {
            return Optional.empty();
        }
        if (!nation.usesUpn()) {
            return Optional.of("pupil.upn.notScotland");
        }
        return UniquePupilNumber.problem(upn);
    }

    public static Optional<String> checkCandidateNumber(@Nullable String candidateNumber, Nation nation) {
        if (candidateNumber == null || candidateNumber.isBlank()) {
            return Optional.empty();
        }
        if (nation.usesUpn()) {
            return Optional.of("pupil.scn.scotlandOnly");
        }
        return ScottishCandidateNumber.problem(candidateNumber);
    }

    public static Optional<String> checkSifStage(@Nullable Integer stage, Nation nation) {
        if (stage == null) {
            return Optional.empty();
        }
        if (nation != Nation.SCOTLAND) {
            return Optional.of("pupil.sifStage.scotlandOnly");
        }
        return stage >= 1 && stage <= 3 ? Optional.empty() : Optional.of("pupil.sifStage.range");
    }

    /** School years start in mid-August in Scotland and on 1 September in England and Wales. */
    static LocalDate startOfSchoolYear(LocalDate today, Nation nation) {
        LocalDate start = nation == Nation.SCOTLAND ? LocalDate.of(today.getYear(), 8, 15)
                : LocalDate.of(today.getYear(), 9, 1);
        return today.isBefore(start) ? start.minusYears(1) : start;
    }
}
