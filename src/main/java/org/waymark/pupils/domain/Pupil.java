package org.waymark.pupils.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A pupil on an authority's register of additional needs: identity, needs, circumstances and
 * the history of schools attended. The aggregate keeps its search keys and current school in
 * step with its details and enrolments.
 */
public class Pupil {

    @Id
    private @Nullable Long id;
    private long localAuthorityId;
    private long schoolId;
    private String firstName;
    private String lastName;
    private @Nullable String preferredName;
    private String nameKey;
    private String firstNameKey;
    private LocalDate dateOfBirth;
    private @Nullable String upn;
    private @Nullable String candidateNumber;
    private YearGroup yearGroup;
    private int yearRank;
    private AreaOfNeed primaryNeed;
    private @Nullable String homeAuthority;
    private boolean lookedAfter;
    private @Nullable String lookedAfterBy;
    /**
     * An authority name typed before the reference list (issue 20 point 6) that V51 could not
     * match to a code: kept, shown beside the field and in the caseworkers' list until someone
     * chooses the authority it meant. Null once chosen (or when there was nothing to match).
     */
    private @Nullable String homeAuthorityUnmatched;
    private @Nullable String lookedAfterByUnmatched;
    private boolean dualRegistered;
    private @Nullable String namedPerson;
    private @Nullable Integer sifStage;
    private boolean medicalNeed;
    private boolean personalCareNeed;
    private SensoryImpairment sensoryImpairment;
    private String preferredLanguage;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "PUPIL_ID")
    private Set<PupilNeed> needs;
    @MappedCollection(idColumn = "PUPIL_ID", keyColumn = "SORT_KEY")
    private List<Diagnosis> diagnoses;
    @MappedCollection(idColumn = "PUPIL_ID", keyColumn = "SORT_KEY")
    private List<Enrolment> enrolments;
    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    Pupil(@Nullable Long id, long localAuthorityId, long schoolId, String firstName, String lastName,
          @Nullable String preferredName, String nameKey, String firstNameKey, LocalDate dateOfBirth,
          @Nullable String upn, @Nullable String candidateNumber, YearGroup yearGroup, int yearRank,
          AreaOfNeed primaryNeed, @Nullable String homeAuthority, boolean lookedAfter, @Nullable String lookedAfterBy,
          boolean dualRegistered, @Nullable String namedPerson, @Nullable Integer sifStage, boolean medicalNeed,
          boolean personalCareNeed, SensoryImpairment sensoryImpairment, String preferredLanguage, Instant createdAt,
          Instant updatedAt, Set<PupilNeed> needs, List<Diagnosis> diagnoses, List<Enrolment> enrolments,
          @Nullable Integer version) {
        this.id = id;
        this.localAuthorityId = localAuthorityId;
        this.schoolId = schoolId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.preferredName = preferredName;
        this.nameKey = nameKey;
        this.firstNameKey = firstNameKey;
        this.dateOfBirth = dateOfBirth;
        this.upn = upn;
        this.candidateNumber = candidateNumber;
        this.yearGroup = yearGroup;
        this.yearRank = yearRank;
        this.primaryNeed = primaryNeed;
        this.homeAuthority = homeAuthority;
        this.lookedAfter = lookedAfter;
        this.lookedAfterBy = lookedAfterBy;
        this.dualRegistered = dualRegistered;
        this.namedPerson = namedPerson;
        this.sifStage = sifStage;
        this.medicalNeed = medicalNeed;
        this.personalCareNeed = personalCareNeed;
        this.sensoryImpairment = sensoryImpairment;
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.needs = new HashSet<>(needs);
        this.diagnoses = new ArrayList<>(diagnoses);
        this.enrolments = new ArrayList<>(enrolments);
        this.version = version;
    }

    /**
     * A new pupil, enrolled at {@code schoolId} from {@code enrolledFrom}. The details must
     * already have passed {@link PupilRules}.
     */
    public static Pupil enrol(PupilDetails details, long localAuthorityId, long schoolId, LocalDate enrolledFrom,
                              Instant now) {
        Pupil pupil = new Pupil(null, localAuthorityId, schoolId, "", "", null, "", "",
                Objects.requireNonNull(details.getDateOfBirth()), null, null,
                Objects.requireNonNull(details.getYearGroup()), 0, Objects.requireNonNull(details.getPrimaryNeed()),
                null, false, null, false, null, null, false, false, SensoryImpairment.NONE, "en", now, now,
                Set.of(), List.of(), List.of(new Enrolment(schoolId, enrolledFrom, null, null)), null);
        pupil.apply(details, now);
        return pupil;
    }

    /** Takes new details; returns the names of the fields that changed (for the audit trail). */
    public Set<String> apply(PupilDetails details, Instant now) {
        PupilDetails before = details();
        firstName = details.getFirstName().strip();
        lastName = details.getLastName().strip();
        preferredName = details.getPreferredName();
        nameKey = (lastName + " " + firstName).toLowerCase(Locale.ROOT);
        firstNameKey = firstName.toLowerCase(Locale.ROOT);
        dateOfBirth = Objects.requireNonNull(details.getDateOfBirth());
        upn = details.getUpn() == null ? null : UniquePupilNumber.normalise(details.getUpn());
        candidateNumber = details.getCandidateNumber() == null ? null
                : ScottishCandidateNumber.normalise(details.getCandidateNumber());
        yearGroup = Objects.requireNonNull(details.getYearGroup());
        yearRank = yearGroup.rank();
        primaryNeed = Objects.requireNonNull(details.getPrimaryNeed());
        needs = details.getAreasOfNeed().stream().map(PupilNeed::new).collect(Collectors.toCollection(HashSet::new));
        homeAuthority = details.getHomeAuthority();
        homeAuthorityUnmatched = homeAuthority == null ? details.getHomeAuthorityUnmatched() : null;
        lookedAfter = details.isLookedAfter();
        lookedAfterBy = details.isLookedAfter() ? details.getLookedAfterBy() : null;
        lookedAfterByUnmatched = details.isLookedAfter() && lookedAfterBy == null ? details.getLookedAfterByUnmatched() : null;
        dualRegistered = details.isDualRegistered();
        namedPerson = details.getNamedPerson();
        sifStage = details.getSifStage();
        medicalNeed = details.isMedicalNeed();
        personalCareNeed = details.isPersonalCareNeed();
        sensoryImpairment = details.getSensoryImpairment();
        preferredLanguage = details.getPreferredLanguage();
        diagnoses = details.getDiagnoses().stream().map(Diagnosis::new).collect(Collectors.toCollection(ArrayList::new));
        updatedAt = now;
        return changedFields(before, details());
    }

    /** A copy of the current details, for a form to edit. */
    public PupilDetails details() {
        PupilDetails d = new PupilDetails();
        d.setFirstName(firstName);
        d.setLastName(lastName);
        d.setPreferredName(preferredName);
        d.setDateOfBirth(dateOfBirth);
        d.setUpn(upn);
        d.setCandidateNumber(candidateNumber);
        d.setYearGroup(yearGroup);
        d.setPrimaryNeed(primaryNeed);
        d.setAreasOfNeed(areas());
        d.setHomeAuthority(homeAuthority);
        d.setHomeAuthorityUnmatched(homeAuthorityUnmatched);
        d.setLookedAfter(lookedAfter);
        d.setLookedAfterBy(lookedAfterBy);
        d.setLookedAfterByUnmatched(lookedAfterByUnmatched);
        d.setDualRegistered(dualRegistered);
        d.setNamedPerson(namedPerson);
        d.setSifStage(sifStage);
        d.setMedicalNeed(medicalNeed);
        d.setPersonalCareNeed(personalCareNeed);
        d.setSensoryImpairment(sensoryImpairment);
        d.setPreferredLanguage(preferredLanguage);
        d.setDiagnoses(diagnoses.stream().map(Diagnosis::description).toList());
        return d;
    }

    /** Ends the current enrolment and starts one at another school of the same authority. */
    public void moveTo(long newSchoolId, LocalDate on, EnrolmentEndReason reason) {
        moveTo(newSchoolId, on, reason, null);
    }

    /**
     * {@link #moveTo(long, LocalDate, EnrolmentEndReason)}, keeping on the ended enrolment the day
     * the authority was told.
     */
    public void moveTo(long newSchoolId, LocalDate on, EnrolmentEndReason reason, @Nullable LocalDate notifiedOn) {
        if (newSchoolId == schoolId) {
            throw new IllegalArgumentException("The pupil is already at that school");
        }
        endCurrentEnrolment(on.minusDays(1), reason, notifiedOn);
        enrolments.add(new Enrolment(newSchoolId, on, null, null));
        schoolId = newSchoolId;
    }

    /**
     * The pupil leaves the school (not for another school of the authority) or never took up the
     * place; the authority was told on {@code notifiedOn}.
     */
    public void leave(LocalDate on, EnrolmentEndReason reason, @Nullable LocalDate notifiedOn) {
        if (reason != EnrolmentEndReason.LEFT && reason != EnrolmentEndReason.NEVER_TOOK_UP_PLACE) {
            throw new IllegalArgumentException("A move to another school names that school");
        }
        if (getEnrolments().stream().noneMatch(Enrolment::isCurrent)) {
            throw new IllegalArgumentException("The pupil is not enrolled anywhere");
        }
        endCurrentEnrolment(on, reason, notifiedOn);
    }

    /**
     * A copy for a reader who may not see clinical detail (finance and inclusion roles, issue 20
     * point 9): the same record without the diagnoses. Never saved.
     */
    public Pupil withoutDiagnoses() {
        return new Pupil(id, localAuthorityId, schoolId, firstName, lastName, preferredName, nameKey, firstNameKey,
                dateOfBirth, upn, candidateNumber, yearGroup, yearRank, primaryNeed, homeAuthority, lookedAfter,
                lookedAfterBy, dualRegistered, namedPerson, sifStage, medicalNeed, personalCareNeed, sensoryImpairment,
                preferredLanguage, createdAt, updatedAt, needs, List.of(), enrolments, version)
                .withUnmatched(homeAuthorityUnmatched, lookedAfterByUnmatched);
    }

    private Pupil withUnmatched(@Nullable String home, @Nullable String by) {
        homeAuthorityUnmatched = home;
        lookedAfterByUnmatched = by;
        return this;
    }

    /** Enrolled at a school now (a pupil who left keeps the record of their last school). */
    public boolean enrolled() {
        return enrolments.stream().anyMatch(Enrolment::isCurrent);
    }

    private void endCurrentEnrolment(LocalDate on, EnrolmentEndReason reason, @Nullable LocalDate notifiedOn) {
        for (int i = 0; i < enrolments.size(); i++) {
            if (enrolments.get(i).isCurrent()) {
                enrolments.set(i, enrolments.get(i).end(on, reason, notifiedOn));
            }
        }
    }

    public Set<AreaOfNeed> areas() {
        EnumSet<AreaOfNeed> areas = EnumSet.noneOf(AreaOfNeed.class);
        needs.forEach(n -> areas.add(n.area()));
        return areas;
    }

    /** The name the pupil goes by, without the surname: the preferred name if any, else the first name. */
    public String knownAs() {
        return preferredName != null ? preferredName : firstName;
    }

    public String displayName() {
        return displayName(firstName, preferredName, lastName);
    }

    /** How a pupil is named to staff and parents: the preferred name if any, else the first name, then the last. */
    public static String displayName(String firstName, @Nullable String preferredName, String lastName) {
        return (preferredName != null ? preferredName : firstName) + " " + lastName;
    }

    private static Set<String> changedFields(PupilDetails a, PupilDetails b) {
        Set<String> changed = new LinkedHashSet<>();
        compare(changed, "firstName", a.getFirstName(), b.getFirstName());
        compare(changed, "lastName", a.getLastName(), b.getLastName());
        compare(changed, "preferredName", a.getPreferredName(), b.getPreferredName());
        compare(changed, "dateOfBirth", a.getDateOfBirth(), b.getDateOfBirth());
        compare(changed, "upn", a.getUpn(), b.getUpn());
        compare(changed, "candidateNumber", a.getCandidateNumber(), b.getCandidateNumber());
        compare(changed, "yearGroup", a.getYearGroup(), b.getYearGroup());
        compare(changed, "primaryNeed", a.getPrimaryNeed(), b.getPrimaryNeed());
        compare(changed, "areasOfNeed", a.getAreasOfNeed(), b.getAreasOfNeed());
        compare(changed, "homeAuthority", a.getHomeAuthority(), b.getHomeAuthority());
        compare(changed, "lookedAfter", a.isLookedAfter(), b.isLookedAfter());
        compare(changed, "lookedAfterBy", a.getLookedAfterBy(), b.getLookedAfterBy());
        compare(changed, "homeAuthorityUnmatched", a.getHomeAuthorityUnmatched(), b.getHomeAuthorityUnmatched());
        compare(changed, "lookedAfterByUnmatched", a.getLookedAfterByUnmatched(), b.getLookedAfterByUnmatched());
        compare(changed, "dualRegistered", a.isDualRegistered(), b.isDualRegistered());
        compare(changed, "namedPerson", a.getNamedPerson(), b.getNamedPerson());
        compare(changed, "sifStage", a.getSifStage(), b.getSifStage());
        compare(changed, "medicalNeed", a.isMedicalNeed(), b.isMedicalNeed());
        compare(changed, "personalCareNeed", a.isPersonalCareNeed(), b.isPersonalCareNeed());
        compare(changed, "sensoryImpairment", a.getSensoryImpairment(), b.getSensoryImpairment());
        compare(changed, "preferredLanguage", a.getPreferredLanguage(), b.getPreferredLanguage());
        compare(changed, "diagnoses", a.getDiagnoses(), b.getDiagnoses());
        return changed;
    }

    private static void compare(Set<String> changed, String field, @Nullable Object a, @Nullable Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }

    public @Nullable Long getId() { return id; }
    public long getLocalAuthorityId() { return localAuthorityId; }
    public long getSchoolId() { return schoolId; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public @Nullable String getPreferredName() { return preferredName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public @Nullable String getUpn() { return upn; }
    public @Nullable String getCandidateNumber() { return candidateNumber; }
    public YearGroup getYearGroup() { return yearGroup; }
    public AreaOfNeed getPrimaryNeed() { return primaryNeed; }
    public @Nullable String getHomeAuthority() { return homeAuthority; }
    public boolean isLookedAfter() { return lookedAfter; }
    public @Nullable String getLookedAfterBy() { return lookedAfterBy; }
    public @Nullable String getHomeAuthorityUnmatched() { return homeAuthorityUnmatched; }
    public @Nullable String getLookedAfterByUnmatched() { return lookedAfterByUnmatched; }
    public boolean isDualRegistered() { return dualRegistered; }
    public @Nullable String getNamedPerson() { return namedPerson; }
    public @Nullable Integer getSifStage() { return sifStage; }
    public boolean isMedicalNeed() { return medicalNeed; }
    public boolean isPersonalCareNeed() { return personalCareNeed; }
    public SensoryImpairment getSensoryImpairment() { return sensoryImpairment; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<String> diagnosisTexts() { return diagnoses.stream().map(Diagnosis::description).toList(); }
    public List<Enrolment> getEnrolments() { return Collections.unmodifiableList(enrolments); }
    public @Nullable Integer getVersion() { return version; }
}
