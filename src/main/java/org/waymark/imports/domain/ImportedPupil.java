package org.waymark.imports.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.YearGroup;

/**
 * One pupil as an import file describes them, with the problems found reading the record. A
 * record with problems is refused whole; one without is matched against what is held.
 *
 * @param line            the line the record starts on ({@code <Pupil>} or the CSV row)
 * @param where           the element or row the record is ({@code <Pupil>}, {@code row})
 * @param needs           areas of need, most important first (the CTF's SEN type ranking)
 * @param language        "cy" when the file says Welsh is the pupil's (home) language, else "en"
 * @param schoolReference the school's reference (CSV column), or null for a CTF (its header names it)
 * @param entryDate       the day the pupil joined the school, from the CTF's school history
 */
public record ImportedPupil(long line, String where, @Nullable String upn, @Nullable String formerUpn,
                            @Nullable String candidateNumber, String firstName, String lastName,
                            @Nullable String preferredName, @Nullable LocalDate dateOfBirth, @Nullable String gender,
                            @Nullable YearGroup yearGroup, List<AreaOfNeed> needs, boolean lookedAfter,
                            @Nullable String careAuthority, String language, @Nullable String schoolReference,
                            @Nullable LocalDate entryDate, List<Problem> problems) {

    public ImportedPupil {
        needs = List.copyOf(needs);
        problems = List.copyOf(problems);
    }

    public String displayName() {
        String first = preferredName != null ? preferredName : firstName;
        String name = (first + " " + lastName).strip();
        return name.isEmpty() ? "?" : name;
    }

    public boolean readable() {
        return problems.isEmpty();
    }
}
