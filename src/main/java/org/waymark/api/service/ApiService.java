package org.waymark.api.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.waymark.allocations.service.AllocationService;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.panels.service.LetterService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilBulkService;
import org.waymark.pupils.service.PupilRecord;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * The API's use cases (issue 22 point 4, DD018), for a client signed in by its key. Each goes
 * through the service the screens use — {@link PupilService}, {@link PlanService},
 * {@link AllocationService}, {@link LetterService}, and for a new pupil {@link PupilBulkService}
 * as the import does — so the access policy, its refusals (a pupil outside the client's scope is
 * refused, audited, and answered like a missing one) and the audit of each read are theirs.
 * Nothing here decides access itself.
 */
@Service
public class ApiService {

    /** Only an API client's identity may call these (a person uses the screens). */
    static final String CLIENTS = "hasRole('API_CLIENT')";
    public static final int MAX_PAGE = 500;

    private final PupilService pupils;
    private final PupilBulkService bulk;
    private final PlanService plans;
    private final AllocationService allocations;
    private final LetterService letters;
    private final CurrentUser currentUser;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    ApiService(PupilService pupils, PupilBulkService bulk, PlanService plans, AllocationService allocations,
               LetterService letters, CurrentUser currentUser, Clock clock) {
        this.pupils = pupils;
        this.bulk = bulk;
        this.plans = plans;
        this.allocations = allocations;
        this.letters = letters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the pupils in the client's scope, in surname order; optionally of one school, or matching a text. */
    @PreAuthorize(CLIENTS)
    public ApiModels.PupilPage pupils(int offset, int limit, @Nullable Long schoolId, @Nullable String text) {
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        var rows = pupils.search(new PupilFilter(text == null || text.isBlank() ? null : text.strip(), null, schoolId,
                null), PupilSort.NAME, from, size);
        return new ApiModels.PupilPage(from, size, rows.stream().map(r -> new ApiModels.PupilRow(r.id(), r.firstName(),
                r.lastName(), r.preferredName(), r.dateOfBirth(), r.yearGroup(), r.schoolId(), r.schoolName(),
                r.primaryNeed(), r.lookedAfter(), r.leftOn())).toList());
    }

    /** A pupil's record (audited as a read by the pupils feature). */
    @PreAuthorize(CLIENTS)
    public ApiModels.Pupil pupil(long pupilId) {
        return toApi(pupils.get(pupilId));
    }

    /** The pupil's plans and where each stands. */
    @PreAuthorize(CLIENTS)
    public List<ApiModels.Plan> plans(long pupilId) {
        return plans.plansOf(pupilId).stream().map(p -> new ApiModels.Plan(p.planId(), p.type(), p.status(),
                p.latestVersion(), p.versionInForce(), p.nextReviewDate(), p.reviewOverdue())).toList();
    }

    /** The pupil's funding ledger, newest first, without the lines that never ran. */
    @PreAuthorize(CLIENTS)
    public List<ApiModels.Allocation> allocations(long pupilId) {
        return allocations.ofPupil(pupilId).lines().stream().filter(a -> !a.ranNever())
                .map(a -> new ApiModels.Allocation(Objects.requireNonNull(a.getId()), a.getStream(), a.getLevel(),
                        a.getAmount(), a.getStartDate(), a.getEndDate(), a.getSource(), a.getDecidedOn(),
                        a.getEndReason(), a.getReviewDueBy())).toList();
    }

    /** The decision letters sent about the pupil, newest first. */
    @PreAuthorize(CLIENTS)
    public List<ApiModels.Letter> letters(long pupilId) {
        return letters.ofPupil(pupilId).stream().map(l -> new ApiModels.Letter(
                Objects.requireNonNull(l.letter().getId()), Objects.requireNonNull(l.letter().getSentOn()),
                l.letter().getDueBy(), l.letter().getLanguage(), l.decided().kind(), l.decided().outcome(),
                l.decided().level(), l.decided().amount())).toList();
    }

    /**
     * Adds a pupil at a school of the client's scope, through the pupils feature as an import
     * adds one (the same rules; audited as IMPORT_CREATE). A school outside the scope, or none for
     * a client of the whole authority, is a problem with the {@code schoolId} field.
     */
    @PreAuthorize(CLIENTS)
    public ApiModels.Pupil createPupil(ApiModels.NewPupil request) {
        UserScope client = currentUser.require();
        Long schoolId = request.schoolId() != null ? request.schoolId() : client.schoolId();
        if (schoolId == null) {
            throw new ValidationException(List.of(Violation.of("schoolId", "api.pupil.school.required")));
        }
        if (request.preferredLanguage() != null && !request.preferredLanguage().isBlank()
                && !request.preferredLanguage().strip().matches("[a-z]{2}")) {
            throw new ValidationException(List.of(Violation.of("preferredLanguage", "api.pupil.language.format")));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = request.enrolledFrom() == null ? today : request.enrolledFrom();
        long id;
        try {
            id = bulk.importNew(schoolId, details(request), from);
        } catch (AccessDeniedException | NotFoundException refused) {
            // refused (and audited) by the access policy, or no such school: told alike
            throw new ValidationException(List.of(Violation.of("schoolId", "api.pupil.school.notInScope")));
        }
        return pupil(id);
    }

    private static PupilDetails details(ApiModels.NewPupil request) {
        PupilDetails d = new PupilDetails();
        d.setFirstName(request.firstName());
        d.setLastName(request.lastName());
        d.setPreferredName(request.preferredName());
        d.setDateOfBirth(request.dateOfBirth());
        d.setUpn(request.upn());
        d.setCandidateNumber(request.candidateNumber());
        d.setYearGroup(request.yearGroup());
        d.setPrimaryNeed(request.primaryNeed());
        d.setAreasOfNeed(request.areasOfNeed());
        d.setLookedAfter(Boolean.TRUE.equals(request.lookedAfter()));
        d.setLookedAfterBy(request.lookedAfterBy());
        d.setHomeAuthority(request.homeAuthority());
        d.setPreferredLanguage(request.preferredLanguage() == null || request.preferredLanguage().isBlank()
                ? "en" : request.preferredLanguage().strip());
        return d;
    }

    private static ApiModels.Pupil toApi(PupilRecord record) {
        var p = record.pupil();
        return new ApiModels.Pupil(Objects.requireNonNull(p.getId()), p.getUpn(), p.getCandidateNumber(),
                p.getFirstName(), p.getLastName(), p.getPreferredName(), p.getDateOfBirth(), p.getYearGroup(),
                p.getPrimaryNeed(), p.details().getAreasOfNeed(), p.getSchoolId(), record.schoolName(), p.enrolled(),
                p.isLookedAfter(), p.getLookedAfterBy(), p.getHomeAuthority(), p.getPreferredLanguage());
    }
}
