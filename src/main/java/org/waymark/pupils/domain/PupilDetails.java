package org.waymark.pupils.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The editable facts of a pupil, as a form fills them in. Mutable on purpose (a form binds to
 * it); {@link PupilRules} says whether a filled-in copy is acceptable before the aggregate
 * takes it.
 */
public class PupilDetails {

    private String firstName = "";
    private String lastName = "";
    private @Nullable String preferredName;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable String upn;
    private @Nullable String candidateNumber;
    private @Nullable YearGroup yearGroup;
    private @Nullable AreaOfNeed primaryNeed;
    private Set<AreaOfNeed> areasOfNeed = EnumSet.noneOf(AreaOfNeed.class);
    /** A code from {@link org.waymark.organisation.domain.UkAuthorities}; null: the pupil's own authority. */
    private @Nullable String homeAuthority;
    private boolean lookedAfter;
    /** A code from {@link org.waymark.organisation.domain.UkAuthorities}. */
    private @Nullable String lookedAfterBy;
    /** Names typed before the list that nobody has matched yet (read-only here: see Pupil). */
    private @Nullable String homeAuthorityUnmatched;
    private @Nullable String lookedAfterByUnmatched;
    private boolean dualRegistered;
    private @Nullable String namedPerson;
    private @Nullable Integer sifStage;
    private boolean medicalNeed;
    private boolean personalCareNeed;
    private SensoryImpairment sensoryImpairment = SensoryImpairment.NONE;
    private String preferredLanguage = "en";
    private List<String> diagnoses = new ArrayList<>();

    public PupilDetails copy() {
        PupilDetails c = new PupilDetails();
        c.firstName = firstName;
        c.lastName = lastName;
        c.preferredName = preferredName;
        c.dateOfBirth = dateOfBirth;
        c.upn = upn;
        c.candidateNumber = candidateNumber;
        c.yearGroup = yearGroup;
        c.primaryNeed = primaryNeed;
        c.areasOfNeed = areasOfNeed.isEmpty() ? EnumSet.noneOf(AreaOfNeed.class) : EnumSet.copyOf(areasOfNeed);
        c.homeAuthority = homeAuthority;
        c.lookedAfter = lookedAfter;
        c.lookedAfterBy = lookedAfterBy;
        c.homeAuthorityUnmatched = homeAuthorityUnmatched;
        c.lookedAfterByUnmatched = lookedAfterByUnmatched;
        c.dualRegistered = dualRegistered;
        c.namedPerson = namedPerson;
        c.sifStage = sifStage;
        c.medicalNeed = medicalNeed;
        c.personalCareNeed = personalCareNeed;
        c.sensoryImpairment = sensoryImpairment;
        c.preferredLanguage = preferredLanguage;
        c.diagnoses = new ArrayList<>(diagnoses);
        return c;
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(@Nullable String firstName) { this.firstName = firstName == null ? "" : firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(@Nullable String lastName) { this.lastName = lastName == null ? "" : lastName; }
    public @Nullable String getPreferredName() { return preferredName; }
    public void setPreferredName(@Nullable String preferredName) { this.preferredName = blankToNull(preferredName); }
    public @Nullable LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(@Nullable LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public @Nullable String getUpn() { return upn; }
    public void setUpn(@Nullable String upn) { this.upn = blankToNull(upn); }
    public @Nullable String getCandidateNumber() { return candidateNumber; }
    public void setCandidateNumber(@Nullable String candidateNumber) { this.candidateNumber = blankToNull(candidateNumber); }
    public @Nullable YearGroup getYearGroup() { return yearGroup; }
    public void setYearGroup(@Nullable YearGroup yearGroup) { this.yearGroup = yearGroup; }
    public @Nullable AreaOfNeed getPrimaryNeed() { return primaryNeed; }
    public void setPrimaryNeed(@Nullable AreaOfNeed primaryNeed) { this.primaryNeed = primaryNeed; }
    public Set<AreaOfNeed> getAreasOfNeed() { return areasOfNeed; }
    public void setAreasOfNeed(@Nullable Set<AreaOfNeed> areas) {
        this.areasOfNeed = areas == null || areas.isEmpty() ? EnumSet.noneOf(AreaOfNeed.class) : EnumSet.copyOf(areas);
    }
    public @Nullable String getHomeAuthority() { return homeAuthority; }
    public void setHomeAuthority(@Nullable String homeAuthority) { this.homeAuthority = blankToNull(homeAuthority); }
    public boolean isLookedAfter() { return lookedAfter; }
    public void setLookedAfter(boolean lookedAfter) { this.lookedAfter = lookedAfter; }
    public @Nullable String getLookedAfterBy() { return lookedAfterBy; }
    public void setLookedAfterBy(@Nullable String lookedAfterBy) { this.lookedAfterBy = blankToNull(lookedAfterBy); }
    public @Nullable String getHomeAuthorityUnmatched() { return homeAuthorityUnmatched; }
    public void setHomeAuthorityUnmatched(@Nullable String text) { this.homeAuthorityUnmatched = blankToNull(text); }
    public @Nullable String getLookedAfterByUnmatched() { return lookedAfterByUnmatched; }
    public void setLookedAfterByUnmatched(@Nullable String text) { this.lookedAfterByUnmatched = blankToNull(text); }
    public boolean isDualRegistered() { return dualRegistered; }
    public void setDualRegistered(boolean dualRegistered) { this.dualRegistered = dualRegistered; }
    public @Nullable String getNamedPerson() { return namedPerson; }
    public void setNamedPerson(@Nullable String namedPerson) { this.namedPerson = blankToNull(namedPerson); }
    public @Nullable Integer getSifStage() { return sifStage; }
    public void setSifStage(@Nullable Integer sifStage) { this.sifStage = sifStage; }
    public boolean isMedicalNeed() { return medicalNeed; }
    public void setMedicalNeed(boolean medicalNeed) { this.medicalNeed = medicalNeed; }
    public boolean isPersonalCareNeed() { return personalCareNeed; }
    public void setPersonalCareNeed(boolean personalCareNeed) { this.personalCareNeed = personalCareNeed; }
    public SensoryImpairment getSensoryImpairment() { return sensoryImpairment; }
    public void setSensoryImpairment(@Nullable SensoryImpairment s) { this.sensoryImpairment = s == null ? SensoryImpairment.NONE : s; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(@Nullable String language) { this.preferredLanguage = language == null ? "en" : language; }
    public List<String> getDiagnoses() { return diagnoses; }
    public void setDiagnoses(@Nullable List<String> diagnoses) {
        this.diagnoses = diagnoses == null ? new ArrayList<>()
                : new ArrayList<>(diagnoses.stream().map(String::strip).filter(d -> !d.isEmpty()).toList());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
