package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.AlnScenarios;
import org.waymark.AsnScenarios;
import org.waymark.BidScenarios;
import org.waymark.RasScenarios;
import org.waymark.SignIn;
import org.waymark.allocations.service.AllocationService;
import org.waymark.aln.service.AlnService;
import org.waymark.asn.service.HoursRequestService;
import org.waymark.base.domain.ConflictException;
import org.waymark.bids.service.BidModerationService;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.KaribuTest;
import org.waymark.panels.service.LetterService;
import org.waymark.plans.service.PlanService;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.ras.service.RasCaseService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.UserScope;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.base.ui.RecordNotFoundView;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;

/**
 * The authorization matrix of the features (issue 20 point 10), driven from a table: every
 * operation on a child's record that a service offers for bids and their moderation, panel
 * decision letters, appeals, family funding (AFN returns), EHC needs assessments, requests and
 * annual reviews, Welsh ALN (decisions, IDPs, referrals, disagreements, equipment), Scottish
 * assistant hours (requests, scrutiny, mid-term requests), the RAS, allocations, plans (reads,
 * writes, PDFs), restrictive practice and the pupil search × every role × where the user stands
 * to the child's record — the record's own school (for a parent:
 * their own child), another school of the same family, another family of the same authority,
 * another authority, and for a parent another child. The users are made for the cell (a
 * {@link UserScope} placed at a school of that relation, holding the one role) so that each role is
 * tried from each place even where the demo has no login there.
 *
 * <p>Each operation names the roles that may use it on a record in their reach (written by hand
 * from the services' contracts and SPEC); a cell is allowed exactly when the role is in the
 * operation's list and the record is in the role's reach (school, family, authority, own child).
 * A refusal must be an {@link AccessDeniedException} with one DENIED audit row more for the user,
 * and — when the role passed the method's role check, so the service refused by scope — that row
 * names the child ({@code audit_event.pupil_id}). An allowed read answers about the record; an
 * allowed write is sent with a stale version (or input the step refuses, an id of no file, a step
 * the record is past) so that it passes the access check and is then refused, leaving the shared
 * demo data as it was. Records that are not one child's — a family's moderation meeting, the
 * authority's panel meeting, a school — are rows of the same table ({@link Holder}): their reach is
 * the family's, the authority's or the school's, and a refusal names the record (its audit subject).
 *
 * <p>The records are made through the services before the table runs ({@link #makeFixtures}): a
 * submitted bid, a RAS case, an open ALN case, a submitted hours request and a plan, an EHC plan
 * of the demo, a main panel's declined bid with its letter written, AFN a family agreed, a
 * recorded EHC request, an equipment request, a disagreement, a referral received and a mid-term
 * request; and for the former backlog ({@link #makeBacklogFixtures}) a restrictive incident, an
 * appeal, a no-ALN decision, a decided referral, EHC advice, a draft plan, a school-age mid-term
 * request, a closed moderation meeting and a fresh pupil of Scotland and England.
 *
 * <p>{@link AuthorizationCoverageTest} checks that every public method of every feature service is in
 * this table or in its list of exclusions with a reason, so a new method is noticed.
 */
class FeatureAuthorizationMatrixIT extends KaribuTest {

    /** Where the user stands to the record. */
    enum Relation { OWN, OTHER_SCHOOL_SAME_FAMILY, OTHER_FAMILY_SAME_AUTHORITY, OTHER_AUTHORITY, OTHER_CHILD }

    /** The records the operations act on, made through the services before the matrix runs. */
    enum Kind { PUPIL, BID, RAS_CASE, ALN_DECISION, HOURS_REQUEST, PLAN, EHC_PLAN, LETTER, DECIDED_BID, AFN,
        EHC_ASSESSMENT, EQUIPMENT, DISAGREEMENT, REFERRAL, MID_TERM,
        /** Made for the former backlog: records the first table did not need. */
        INCIDENT, APPEAL, NO_ALN_DECISION, DECIDED_REFERRAL, EHC_ADVICE, DRAFT_PLAN, MID_TERM_SCHOOL_AGE,
        /** A pupil with no plan and no bid: the one allowed cell of a start really starts one. */
        NEW_PUPIL_SCOTLAND, NEW_PUPIL_ENGLAND,
        /** Records that are not one child's: a family's closed moderation meeting, the authority's closed main panel,
         * a Scottish school's hours (its scrutiny), an English school (a pupil added to it). */
        MODERATION_MEETING, PANEL_MEETING, HOURS_SCHOOL, SCHOOL;

        /** Who holds the record: a child's record, or a family's, an authority's or a school's. */
        Holder holder() {
            return switch (this) {
                case MODERATION_MEETING -> Holder.FAMILY;
                case PANEL_MEETING -> Holder.AUTHORITY;
                case HOURS_SCHOOL, SCHOOL -> Holder.SCHOOL;
                default -> Holder.CHILD;
            };
        }
    }

    /**
     * Who a record belongs to. A child's record is in a role's reach as {@link #inReach} says; a
     * family's meeting is its schools' and its Family SENCO's; an authority's panel its officers';
     * a school's as a child's of that school. A refusal of a child's record names the child; of
     * another, the record (its audit row's subject).
     */
    enum Holder { CHILD, FAMILY, AUTHORITY, SCHOOL }

    enum Effect { READ, WRITE, LIST, ROUTE, ASK }

    /** A record: its id, the child it belongs to and the school that holds it. */
    record Fixture(long id, long pupilId, long schoolId) {
    }

    /** One operation: what it is called, which service methods it drives, who may use it (in reach). */
    record Op(String name, Kind kind, Effect effect, Class<?> service, List<String> methods, Set<Role> roles,
              Function<Fixture, @Nullable Object> call, @Nullable Function<Fixture, Object> answer,
              Class<? extends RuntimeException> passes) {
    }

    static final int STALE = 987_654;
    static final Set<Role> PUPIL_READERS = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.FAMILY_SENCO,
            Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR, Role.SEND_TEAM_LEADER, Role.PERSONALISATION_OFFICER,
            Role.EDUCATION_SUPPORT_OFFICER, Role.INCLUSION_TEAM, Role.FINANCE_OFFICER, Role.PARENT);
    /** Pupil readers who see clinical detail: not the figures-only roles (issue 20 point 9). */
    static final Set<Role> CONTENT_READERS = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.FAMILY_SENCO,
            Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR, Role.SEND_TEAM_LEADER, Role.PERSONALISATION_OFFICER,
            Role.EDUCATION_SUPPORT_OFFICER, Role.PARENT);

    @Autowired PupilService pupils;
    @Autowired PlanService plans;
    @Autowired BidService bids;
    @Autowired BidWizardService wizard;
    @Autowired BidModerationService moderation;
    @Autowired RasCaseService rasCases;
    @Autowired AlnService aln;
    @Autowired HoursRequestService hours;
    @Autowired LetterService letters;
    @Autowired org.waymark.privacy.service.SubjectAccessService subjectAccess;
    @Autowired org.waymark.reporting.service.RestrictivePracticeService restrictive;
    @Autowired org.waymark.ras.service.RasEvidenceService rasEvidence;
    @Autowired org.waymark.ras.service.RasReviewService rasReview;
    @Autowired org.waymark.aln.service.DisagreementService disagreements;
    @Autowired org.waymark.aln.service.EquipmentService equipment;
    @Autowired AllocationService allocations;
    @Autowired org.waymark.ehc.service.EhcRequestService ehcRequests;
    @Autowired org.waymark.ehc.service.AssessmentService assessments;
    @Autowired org.waymark.panels.service.PanelService panels;
    @Autowired org.waymark.panels.service.AppealService appeals;
    @Autowired org.waymark.panels.domain.PanelMeetingRepository meetings;
    @Autowired org.waymark.allocations.service.FamilyFundingService familyFunding;
    @Autowired org.waymark.EhcScenarios ehcScenarios;
    @Autowired org.waymark.asn.service.MidTermService midTerm;
    @Autowired org.waymark.DemoPupils demoPupils;
    @Autowired org.waymark.asn.service.ScrutinyService scrutiny;
    @Autowired org.waymark.plans.service.EhcReviewService ehcReviews;
    @Autowired org.waymark.aln.service.ReferralService referrals;
    @Autowired org.waymark.bids.service.BidHearingService hearings;
    @Autowired org.waymark.moderation.service.ModerationService moderationMeetings;
    @Autowired org.waymark.moderation.service.FamilyMoneyService familyMoney;
    @Autowired org.waymark.panels.service.PanelMakeUpService panelMakeUp;
    @Autowired BidScenarios bidScenarios;
    @Autowired RasScenarios rasScenarios;
    @Autowired AlnScenarios alnScenarios;
    @Autowired AsnScenarios asnScenarios;
    @Autowired JdbcClient jdbc;

    /** The table: every operation the matrix drives. */
    List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        // a subject-access export: the child's own authority's administrator (issue 20 point 8)
        ops.add(read("subject access file name", Kind.PUPIL, org.waymark.privacy.service.SubjectAccessService.class,
                List.of("fileName"), EnumSet.of(Role.LA_ADMIN), f -> subjectAccess.fileName(f.id()),
                f -> "subject-access-" + f.id() + ".zip"));
        ops.add(read("subject access export", Kind.PUPIL, org.waymark.privacy.service.SubjectAccessService.class,
                List.of("export"), EnumSet.of(Role.LA_ADMIN), f -> {
                    var out = new java.io.ByteArrayOutputStream();
                    subjectAccess.export(f.id(), out);
                    return out.size() > 100;
                }, f -> true));
        // the child's record and what hangs off it, by the pupil's id
        ops.add(read("pupil record", Kind.PUPIL, PupilService.class, List.of("get"), PUPIL_READERS,
                f -> pupils.get(f.id()).pupil().getId(), f -> f.id()));
        ops.add(read("pupil holdings", Kind.PUPIL, PupilService.class, List.of("holdings"), PUPIL_READERS,
                f -> pupils.holdings(f.id()).size(), null));
        ops.add(read("plans of pupil", Kind.PUPIL, PlanService.class, List.of("plansOf"), PUPIL_READERS,
                f -> plans.plansOf(f.id()).size(), null));
        ops.add(read("bids of pupil", Kind.PUPIL, BidService.class, List.of("bidsOf"), PUPIL_READERS,
                f -> bids.bidsOf(f.id()).stream().allMatch(b -> b.getPupilId() == f.id()), f -> true));
        ops.add(read("letters of pupil", Kind.PUPIL, LetterService.class, List.of("ofPupil"), PUPIL_READERS,
                f -> letters.ofPupil(f.id()).size(), null));
        ops.add(read("allocations of pupil", Kind.PUPIL, AllocationService.class, List.of("ofPupil"), PUPIL_READERS,
                f -> allocations.ofPupil(f.id()), null));
        ops.add(list("pupil search", PupilService.class, "search",
                f -> pupils.search(new PupilFilter(nameOf(f.id()), null, null, null), PupilSort.NAME, 0, 50).stream()
                        .anyMatch(r -> r.id() == f.id())));
        ops.add(list("pupil search (current)", PupilService.class, "searchCurrent",
                f -> pupils.searchCurrent(new PupilFilter(nameOf(f.id()), null, null, null), PupilSort.NAME, 0, 50)
                        .stream().anyMatch(r -> r.id() == f.id())));
        ops.add(read("pupil for editing", Kind.PUPIL, PupilService.class, List.of("forEditing"),
                EnumSet.of(Role.SCHOOL_SENCO), f -> pupils.forEditing(f.id()).details().getLastName(),
                f -> nameOf(f.id())));
        ops.add(read("move destinations", Kind.PUPIL, PupilService.class, List.of("moveDestinations"),
                EnumSet.of(Role.EDUCATION_SUPPORT_OFFICER, Role.CASEWORKER),
                f -> pupils.moveDestinations(f.id()).stream().noneMatch(sc -> Objects.equals(sc.id(), f.schoolId())),
                f -> true));
        ops.add(read("restrictive practice of pupil", Kind.PUPIL,
                org.waymark.reporting.service.RestrictivePracticeService.class, List.of("incidents"), CONTENT_READERS,
                f -> restrictive.incidents(f.id()).size(), null));
        ops.add(new Op("may record restrictive practice", Kind.PUPIL, Effect.ASK,
                org.waymark.reporting.service.RestrictivePracticeService.class, List.of("mayRecord"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER), f -> restrictive.mayRecord(f.id()), null,
                ConflictException.class));
        // an EHC needs assessment request the authority received (England): the officer hears what is missing
        ops.add(write("EHC request recorded", Kind.PUPIL, org.waymark.ehc.service.EhcRequestService.class,
                List.of("record"), EnumSet.of(Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR, Role.SEND_TEAM_LEADER),
                org.waymark.base.domain.ValidationException.class,
                f -> ehcRequests.record(new org.waymark.ehc.service.EhcRequestService.RequestInput(f.id(),
                        org.waymark.ehc.domain.RequestSource.PARENT, "A parent", "", "", Set.of(), null))));
        // questions of what the caller may do: out of reach they answer no (or refuse), never yes
        ops.add(new Op("plan types to start", Kind.PUPIL, Effect.ASK, PlanService.class,
                List.of("typesCallerMayStart"), PUPIL_READERS, f -> !plans.typesCallerMayStart(f.id()).isEmpty(), null,
                ConflictException.class));
        ops.add(new Op("may start a bid", Kind.PUPIL, Effect.ASK, BidService.class, List.of("mayStartBid"),
                PUPIL_READERS, f -> bids.mayStartBid(f.id()), null, ConflictException.class));
        ops.add(write("pupil update", Kind.PUPIL, PupilService.class, List.of("update"), EnumSet.of(Role.SCHOOL_SENCO),
                f -> {
                    pupils.update(f.id(), STALE, details(f.id()), true);
                    return null;
                }));
        // descriptor bids (England)
        ops.add(read("bid page", Kind.BID, BidService.class, List.of("open"), PUPIL_READERS,
                f -> bids.open(f.id()).bid().getPupilId(), Fixture::pupilId));
        ops.add(read("bid PDF", Kind.BID, BidService.class, List.of("pdf"), PUPIL_READERS,
                f -> bids.pdf(f.id(), Locale.UK).bytes().length > 100, f -> true));
        ops.add(read("bid files", Kind.BID, BidService.class, List.of("attachedFiles"), PUPIL_READERS,
                f -> bids.attachedFiles(f.id()).attachments().size(), null));
        ops.add(read("bid file list", Kind.BID, BidService.class, List.of("attachments"), PUPIL_READERS,
                f -> bids.attachments(f.id()).size(), null));
        ops.add(read("bid version for moderation", Kind.BID, BidModerationService.class, List.of("versionForDecision"),
                EnumSet.of(Role.FAMILY_SENCO), f -> moderation.versionForDecision(f.id()) > 0, f -> true));
        Set<Role> senco = EnumSet.of(Role.SCHOOL_SENCO);
        ops.add(write("bid change (wizard)", Kind.BID, BidWizardService.class, List.of("saveAreas"),
                senco, f -> wizard.saveAreas(f.id(), STALE, Set.of("CI"))));
        ops.add(write("bid choices", Kind.BID, BidWizardService.class, List.of("saveChoices"), senco,
                f -> wizard.saveChoices(f.id(), STALE, List.of())));
        ops.add(write("bid provision", Kind.BID, BidWizardService.class, List.of("saveFundedProvision"), senco,
                f -> wizard.saveFundedProvision(f.id(), STALE, List.of())));
        ops.add(write("bid level", Kind.BID, BidWizardService.class, List.of("saveLevel"), senco,
                f -> wizard.saveLevel(f.id(), STALE, "AFN", null)));
        ops.add(write("bid views", Kind.BID, BidWizardService.class, List.of("saveViews"), senco,
                f -> wizard.saveViews(f.id(), STALE, "Parent", "Child", null, "")));
        ops.add(noop("bid submit", Kind.BID, BidWizardService.class, "submit", senco,
                f -> wizard.submit(f.id(), STALE)));
        Set<Role> familySenco = EnumSet.of(Role.FAMILY_SENCO);
        ops.add(noop("bid decline", Kind.BID, BidModerationService.class, "decline", familySenco,
                f -> moderation.decline(f.id(), STALE, "Not enough evidence")));
        ops.add(noop("bid agree", Kind.BID, BidModerationService.class, "agree", familySenco,
                f -> moderation.agree(f.id(), STALE, "AFN", new java.math.BigDecimal("6400"), "Agreed")));
        ops.add(noop("bid countersign", Kind.BID, BidModerationService.class, "countersignAndForward", familySenco,
                f -> moderation.countersignAndForward(f.id(), STALE, "Countersigned")));
        ops.add(read("bid: who a decision tells", Kind.BID, BidModerationService.class, List.of("toldOfDecision"),
                familySenco, f -> moderation.toldOfDecision(f.id(), org.waymark.bids.domain.BidStatus.DECLINED).size(),
                null));
        ops.add(write("bid moderation", Kind.BID, BidModerationService.class, List.of("returnForEvidence"),
                EnumSet.of(Role.FAMILY_SENCO), f -> {
                    moderation.returnForEvidence(f.id(), STALE, "More evidence, please");
                    return null;
                }));
        // the RAS (a county that runs the Resource Allocation System)
        Set<Role> rasOfficers = EnumSet.of(Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR, Role.PERSONALISATION_OFFICER);
        ops.add(read("RAS case", Kind.RAS_CASE, RasCaseService.class, List.of("details"), rasOfficers,
                f -> rasCases.details(f.id()).rasCase().getPupilId(), Fixture::pupilId));
        ops.add(read("RAS summary PDF", Kind.RAS_CASE, RasCaseService.class, List.of("summaryPdf"), rasOfficers,
                f -> rasCases.summaryPdf(f.id(), Locale.UK).length > 100, f -> true));
        ops.add(read("RAS evidence", Kind.RAS_CASE, org.waymark.ras.service.RasEvidenceService.class,
                List.of("evidence"), rasOfficers, f -> rasEvidence.evidence(f.id()).documented().size(), null));
        ops.add(read("RAS setting's page", Kind.RAS_CASE, org.waymark.ras.service.RasEvidenceService.class,
                List.of("settingCase"), rasOfficers, f -> rasEvidence.settingCase(f.id()).caseId(), Fixture::id));
        ops.add(write("RAS evidence file", Kind.RAS_CASE, org.waymark.ras.service.RasEvidenceService.class,
                List.of("download"), rasOfficers, org.waymark.base.domain.NotFoundException.class,
                f -> rasEvidence.download(f.id(), -1)));
        Set<Role> caseworker = EnumSet.of(Role.CASEWORKER);
        ops.add(write("RAS open for the pupil", Kind.RAS_CASE, RasCaseService.class, List.of("open"), caseworker,
                org.waymark.base.domain.ValidationException.class,
                f -> rasCases.open(f.pupilId(), org.waymark.ras.domain.RasCaseKind.ASSESSMENT, null)));
        ops.add(noop("RAS scoring", Kind.RAS_CASE, RasCaseService.class, "score", caseworker,
                f -> rasCases.score(f.id(), STALE, RasScenarios.scores(1, 1))));
        ops.add(noop("RAS submit", Kind.RAS_CASE, RasCaseService.class, "submit", caseworker,
                f -> rasCases.submit(f.id(), STALE, RasScenarios.scores(1, 1))));
        ops.add(noop("RAS outcome review", Kind.RAS_CASE, RasCaseService.class, "reviewOutcomes", caseworker,
                f -> rasCases.reviewOutcomes(f.id(), STALE, List.of())));
        ops.add(write("RAS costing", Kind.RAS_CASE, RasCaseService.class, List.of("cost"), caseworker,
                f -> rasCases.cost(f.id(), STALE, "Outcomes", List.of(), "")));
        ops.add(write("RAS route", Kind.RAS_CASE, RasCaseService.class, List.of("route"), caseworker,
                f -> rasCases.route(f.id(), STALE, false)));
        ops.add(noop("RAS verify", Kind.RAS_CASE, org.waymark.ras.service.RasReviewService.class, "verify",
                EnumSet.of(Role.LEAD_SEND_COORDINATOR), f -> rasReview.verify(f.id(), STALE, "")));
        ops.add(noop("RAS return for scoring", Kind.RAS_CASE, org.waymark.ras.service.RasReviewService.class,
                "returnForScoring", EnumSet.of(Role.LEAD_SEND_COORDINATOR, Role.PERSONALISATION_OFFICER),
                f -> rasReview.returnForScoring(f.id(), STALE, "Please look again")));
        ops.add(write("RAS moderate", Kind.RAS_CASE, org.waymark.ras.service.RasReviewService.class,
                List.of("moderate"), EnumSet.of(Role.PERSONALISATION_OFFICER),
                f -> rasReview.moderate(f.id(), STALE, null, "")));
        ops.add(noop("RAS sign-off", Kind.RAS_CASE, org.waymark.ras.service.RasReviewService.class, "signOff",
                EnumSet.of(Role.LEAD_SEND_COORDINATOR), f -> rasReview.signOff(f.id(), STALE, "")));
        // Welsh ALN: the school's decision on a concern
        ops.add(read("ALN of pupil", Kind.ALN_DECISION, AlnService.class, List.of("pupil"), PUPIL_READERS,
                f -> aln.pupil(f.pupilId()).pupil().pupilId(), Fixture::pupilId));
        // a parent sees the school's decision once it is made; the matrix's case is still open; the
        // figures-only roles see where a case stands on the pupil's ALN page, not the case (issue 20 point 9)
        Set<Role> staffReaders = EnumSet.copyOf(CONTENT_READERS);
        staffReaders.remove(Role.PARENT);
        ops.add(read("ALN decision (open)", Kind.ALN_DECISION, AlnService.class, List.of("decision"), staffReaders,
                f -> aln.decision(f.id()).decision().getPupilId(), Fixture::pupilId));
        ops.add(write("ALN decide", Kind.ALN_DECISION, AlnService.class, List.of("decide"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER),
                f -> aln.decide(f.id(), STALE, AlnScenarios.input(true, false, true), null)));
        Set<Role> schoolStaff = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER);
        // the authority's caseworker, who may read the child's record, may see who a decision tells
        Set<Role> schoolStaffAndCaseworker = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.CASEWORKER);
        ops.add(read("ALN who is told", Kind.ALN_DECISION, AlnService.class, List.of("toldOfDecision"),
                schoolStaffAndCaseworker,
                f -> aln.toldOfDecision(f.id()).size(), null));
        ops.add(read("ALN referral due", Kind.ALN_DECISION, AlnService.class, List.of("referralDueBy"), schoolStaff,
                f -> aln.referralDueBy(f.id(), java.time.LocalDate.now(clock)).isPresent(), null));
        // the IDP: its writer (the school's SENCO for the school's case) passes and hears the case has no ALN outcome
        ops.add(write("ALN draft IDP", Kind.ALN_DECISION, AlnService.class, List.of("draftIdp"),
                EnumSet.of(Role.SCHOOL_SENCO), org.waymark.base.domain.ValidationException.class,
                f -> aln.draftIdp(f.id())));
        ops.add(write("ALN concern raised", Kind.ALN_DECISION, AlnService.class, List.of("raiseConcern"), schoolStaff,
                org.waymark.base.domain.ValidationException.class,
                f -> aln.raiseConcern(f.pupilId(), new org.waymark.aln.domain.AlnRules.ConcernInput(null, "", null, ""))));
        ops.add(write("ALN referral prepared", Kind.ALN_DECISION, AlnService.class, List.of("prepareReferral"),
                schoolStaff, f -> aln.prepareReferral(f.id(), STALE,
                        new AlnService.ReferralInput(null, null, Set.of(), ""))));
        // a referral the authority received: its officers hear what is missing
        ops.add(write("ALN referral recorded", Kind.ALN_DECISION, org.waymark.aln.service.ReferralService.class,
                List.of("record"), EnumSet.of(Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR),
                org.waymark.base.domain.ValidationException.class,
                f -> referrals.record(new org.waymark.aln.service.ReferralService.ReceivedInput(f.pupilId(), null, "",
                        null, ""))));
        ops.add(read("ALN disagreements", Kind.ALN_DECISION, org.waymark.aln.service.DisagreementService.class,
                List.of("forPupil"), CONTENT_READERS, f -> disagreements.forPupil(f.pupilId()).disagreements().size(),
                f -> 0));
        ops.add(read("ALN equipment", Kind.ALN_DECISION, org.waymark.aln.service.EquipmentService.class,
                List.of("ofPupil"), PUPIL_READERS, f -> equipment.ofPupil(f.pupilId()).size(), f -> 0));
        ops.add(read("ALN equipment may request", Kind.ALN_DECISION, org.waymark.aln.service.EquipmentService.class,
                List.of("mayRequest"), PUPIL_READERS, f -> equipment.mayRequest(f.pupilId()), null));
        // Scottish assistant hours: a submitted request
        ops.add(read("hours request", Kind.HOURS_REQUEST, HoursRequestService.class, List.of("open"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.EDUCATION_SUPPORT_OFFICER),
                f -> hours.open(f.id()).request().getPupilId(), Fixture::pupilId));
        ops.add(read("hours request files", Kind.HOURS_REQUEST, HoursRequestService.class, List.of("attachedFiles"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.EDUCATION_SUPPORT_OFFICER),
                f -> hours.attachedFiles(f.id()).attachments().size(), null));
        ops.add(write("hours request change", Kind.HOURS_REQUEST, HoursRequestService.class, List.of("save"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER),
                f -> hours.save(f.id(), STALE, AsnScenarios.eligible())));
        ops.add(read("hours request: who a withdrawal tells", Kind.HOURS_REQUEST, HoursRequestService.class,
                List.of("toldOfWithdrawal"), schoolStaff, f -> hours.toldOfWithdrawal(f.id()).size(), null));
        ops.add(write("hours request withdrawal", Kind.HOURS_REQUEST, HoursRequestService.class, List.of("withdraw"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER), f -> {
                    hours.withdraw(f.id(), STALE, "No longer needed");
                    return null;
                }));
        ops.add(noop("hours request submit", Kind.HOURS_REQUEST, HoursRequestService.class, "submit", schoolStaff,
                f -> hours.submit(f.id(), STALE)));
        // asked of a draft: the owner's school passes the check and hears the request is submitted already
        ops.add(write("hours request: who is told", Kind.HOURS_REQUEST, HoursRequestService.class,
                List.of("toldOfSubmission"), schoolStaff, f -> hours.toldOfSubmission(f.id()).size()));
        // plans (a Scottish Child's Plan the school keeps)
        ops.add(read("plan page", Kind.PLAN, PlanService.class, List.of("open"), CONTENT_READERS,
                f -> plans.open(f.id()).plan().getPupilId(), Fixture::pupilId));
        ops.add(read("plan PDF", Kind.PLAN, PlanService.class, List.of("pdf"), CONTENT_READERS,
                f -> plans.pdf(f.id(), Locale.UK).bytes().length > 100, f -> true));
        ops.add(read("plan version", Kind.PLAN, PlanService.class, List.of("version"), PUPIL_READERS,
                f -> plans.version(f.id(), 1).outcomes().size(), f -> 2));
        ops.add(read("plan file list", Kind.PLAN, PlanService.class, List.of("attachments"), CONTENT_READERS,
                f -> plans.attachments(f.id()).size(), null));
        ops.add(read("plan files", Kind.PLAN, PlanService.class, List.of("attachedFiles"), CONTENT_READERS,
                f -> plans.attachedFiles(f.id()).attachments().size(), null));
        ops.add(read("plan reviews", Kind.PLAN, PlanService.class, List.of("reviewRecords"), PUPIL_READERS,
                f -> plans.reviewRecords(f.id()).size(), f -> 0));
        ops.add(read("plan outcomes to review", Kind.PLAN, PlanService.class, List.of("outcomesAwaitingReview"),
                PUPIL_READERS, f -> plans.outcomesAwaitingReview(f.id()).size(), f -> 0));
        ops.add(read("plan: who is told", Kind.PLAN, PlanService.class, List.of("toldOfStep"), senco,
                f -> plans.toldOfStep(f.id(), true).size(), null));
        ops.add(write("plan draft", Kind.PLAN, PlanService.class, List.of("saveDraft"), EnumSet.of(Role.SCHOOL_SENCO),
                f -> plans.saveDraft(f.id(), STALE, AsnScenarios.content(true))));
        // comparing versions shows the plan's content: not for the figures-only roles (issue 20 point 9)
        ops.add(read("plan versions compared", Kind.PLAN, PlanService.class, List.of("compare"), CONTENT_READERS,
                f -> plans.compare(f.id(), 1, 1).size(), f -> 0));
        // ceasing needs a reason: the plan's writer passes the check and hears it is missing
        ops.add(write("plan ceased", Kind.PLAN, PlanService.class, List.of("cease"), EnumSet.of(Role.SCHOOL_SENCO),
                org.waymark.base.domain.ValidationException.class, f -> {
                    plans.cease(f.id(), " ");
                    return null;
                }));
        ops.add(write("plan review interval", Kind.PLAN, PlanService.class, List.of("changeReviewInterval"),
                EnumSet.of(Role.SCHOOL_SENCO), org.waymark.base.domain.ValidationException.class, f -> {
                    plans.changeReviewInterval(f.id(), 0);
                    return null;
                }));
        // an EHC plan's annual review (England): the caseworker manages it, the school's SENCO records its papers
        ops.add(read("EHC annual review", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                List.of("annualReview"), PUPIL_READERS, f -> ehcReviews.annualReview(f.id()).letter(), null));
        // the letter of a review: past the check, the review asked for does not exist
        ops.add(write("EHC annual review letter", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                List.of("letter"), CONTENT_READERS, org.waymark.base.domain.NotFoundException.class,
                f -> ehcReviews.letter(f.id(), -1)));
        Set<Role> ehcManager = EnumSet.of(Role.CASEWORKER);
        ops.add(read("EHC annual review: who is told", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                List.of("told"), ehcManager, f -> ehcReviews.told(f.id()).size(), null));
        ops.add(noop("EHC annual review meeting moved", Kind.EHC_PLAN,
                org.waymark.plans.service.EhcReviewService.class, "moveMeeting", ehcManager,
                f -> ehcReviews.moveMeeting(f.id(), STALE, java.time.LocalDate.now(clock))));
        ops.add(noop("EHC annual review decided", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                "decide", ehcManager, f -> ehcReviews.decide(f.id(), STALE,
                        new org.waymark.plans.service.EhcReviewService.Decision(
                                org.waymark.plans.domain.ReviewDecision.MAINTAIN, java.time.LocalDate.now(clock), ""))));
        Set<Role> ehcRecorders = EnumSet.of(Role.SCHOOL_SENCO, Role.CASEWORKER);
        ops.add(noop("EHC annual review papers sent", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                "paperworkSent", ehcRecorders, f -> ehcReviews.paperworkSent(f.id(), STALE,
                        java.time.LocalDate.now(clock))));
        ops.add(noop("EHC annual review report sent", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                "reportSent", ehcRecorders, f -> ehcReviews.reportSent(f.id(), STALE, java.time.LocalDate.now(clock))));
        // a panel's decision letter (written, not yet sent): the authority's panel officers
        Set<Role> panelOfficers = EnumSet.of(Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR);
        ops.add(read("decision letter PDF", Kind.LETTER, LetterService.class, List.of("file"), panelOfficers,
                f -> letters.file(f.id()).bytes().length > 100, f -> true));
        ops.add(noop("decision letter sent", Kind.LETTER, LetterService.class, "markSent", panelOfficers,
                f -> letters.markSent(f.id(), STALE, java.time.LocalDate.now(clock))));
        // an appeal of a panel's decision: the head teacher of the bid's school asks (grounds missing here)
        Set<Role> head = EnumSet.of(Role.HEAD_TEACHER);
        ops.add(read("appeal: who asking tells", Kind.DECIDED_BID, org.waymark.panels.service.AppealService.class,
                List.of("toldOfAsking"), head, f -> appeals.toldOfAsking(f.id()).size(), null));
        ops.add(write("appeal asked", Kind.DECIDED_BID, org.waymark.panels.service.AppealService.class,
                List.of("ask"), head, org.waymark.base.domain.ValidationException.class,
                f -> appeals.ask(f.id(), "")));
        // AFN the family agreed, returned by its Family SENCO (nothing to return: no HLN overlaps it)
        ops.add(write("AFN returned", Kind.AFN, org.waymark.allocations.service.FamilyFundingService.class,
                List.of("returnAfn"), familySenco, f -> familyFunding.returnAfn(f.id())));
        // an EHC needs assessment (England), as requested: its readers, and the steps of its officers
        Set<Role> ehcReaders = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.PARENT, Role.CASEWORKER,
                Role.LEAD_SEND_COORDINATOR, Role.SEND_TEAM_LEADER);
        Set<Role> ehcWriters = EnumSet.of(Role.CASEWORKER, Role.SEND_TEAM_LEADER);
        Class<?> assessment = org.waymark.ehc.service.AssessmentService.class;
        ops.add(read("EHC assessment page", Kind.EHC_ASSESSMENT, assessment, List.of("page"), ehcReaders,
                f -> assessments.page(f.id()).assessment().getPupilId(), Fixture::pupilId));
        ops.add(read("EHC request evidence", Kind.EHC_ASSESSMENT, org.waymark.ehc.service.EhcRequestService.class,
                List.of("evidence"), ehcReaders, f -> ehcRequests.evidence(f.id()).attachments().size(), null));
        ops.add(write("EHC request evidence file", Kind.EHC_ASSESSMENT,
                org.waymark.ehc.service.EhcRequestService.class, List.of("evidenceFile"), ehcReaders,
                org.waymark.base.domain.NotFoundException.class, f -> ehcRequests.evidenceFile(f.id(), -1)));
        ops.add(new Op("EHC may attach evidence", Kind.EHC_ASSESSMENT, Effect.ASK,
                org.waymark.ehc.service.EhcRequestService.class, List.of("mayAttachEvidence"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.PARENT, Role.CASEWORKER, Role.SEND_TEAM_LEADER),
                f -> ehcRequests.mayAttachEvidence(f.id()), null, ConflictException.class));
        // the letter of a decision not to assess: past the check, this case has none
        ops.add(write("EHC letter", Kind.EHC_ASSESSMENT, assessment, List.of("letter"), ehcReaders,
                f -> assessments.letter(f.id())));
        ops.add(noop("EHC decision to assess", Kind.EHC_ASSESSMENT, assessment, "decide", ehcWriters,
                f -> assessments.decide(f.id(), STALE, true, "", java.time.LocalDate.now(clock))));
        ops.add(write("EHC advice asked", Kind.EHC_ASSESSMENT, assessment, List.of("addAdvice"), ehcWriters,
                f -> assessments.addAdvice(f.id(), null, "", null)));
        ops.add(noop("EHC exception recorded", Kind.EHC_ASSESSMENT, assessment, "pause", ehcWriters,
                f -> assessments.pause(f.id(), STALE, new org.waymark.ehc.service.AssessmentService.PauseInput(null,
                        "", null, null))));
        ops.add(noop("EHC exception ended", Kind.EHC_ASSESSMENT, assessment, "endPause", ehcWriters,
                f -> assessments.endPause(f.id(), STALE, null)));
        ops.add(write("EHC plan drafted", Kind.EHC_ASSESSMENT, assessment, List.of("draft"),
                EnumSet.of(Role.CASEWORKER), f -> assessments.draft(f.id(), STALE)));
        ops.add(noop("EHC plan not issued", Kind.EHC_ASSESSMENT, assessment, "notIssue", ehcWriters,
                f -> assessments.notIssue(f.id(), STALE, "", null)));
        ops.add(noop("EHC draft sent", Kind.EHC_ASSESSMENT, assessment, "sendDraft", EnumSet.of(Role.CASEWORKER),
                f -> assessments.sendDraft(f.id(), STALE, null)));
        ops.add(noop("EHC parents replied", Kind.EHC_ASSESSMENT, assessment, "parentsReplied", ehcWriters,
                f -> assessments.parentsReplied(f.id(), STALE, null, "")));
        ops.add(noop("EHC school consulted", Kind.EHC_ASSESSMENT, assessment, "consult", ehcWriters,
                f -> assessments.consult(f.id(), STALE, null, "")));
        ops.add(noop("EHC school answered", Kind.EHC_ASSESSMENT, assessment, "schoolAnswered", ehcWriters,
                f -> assessments.schoolAnswered(f.id(), STALE, null)));
        ops.add(noop("EHC case reassigned", Kind.EHC_ASSESSMENT, assessment, "reassign",
                EnumSet.of(Role.SEND_TEAM_LEADER), f -> assessments.reassign(f.id(), STALE, null)));
        // Scottish assistant hours: the authority's officer's steps on a submitted request (stale here)
        Set<Role> eso = EnumSet.of(Role.EDUCATION_SUPPORT_OFFICER);
        Set<Role> hoursReaders = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.EDUCATION_SUPPORT_OFFICER);
        ops.add(write("hours request file", Kind.HOURS_REQUEST, HoursRequestService.class, List.of("attachment"),
                hoursReaders, org.waymark.base.domain.NotFoundException.class, f -> hours.attachment(f.id(), -1)));
        // files change only on a draft: the school passes the check and hears the request is submitted
        ops.add(write("hours request file attached", Kind.HOURS_REQUEST, HoursRequestService.class,
                List.of("attach"), schoolStaff, f -> hours.attach(f.id(),
                        org.waymark.attachments.domain.AttachmentKind.OTHER, "note.pdf", new byte[] {1})));
        ops.add(noop("hours request file removed", Kind.HOURS_REQUEST, HoursRequestService.class,
                "removeAttachment", schoolStaff, f -> hours.removeAttachment(f.id(), -1)));
        ops.add(noop("hours request decided", Kind.HOURS_REQUEST, org.waymark.asn.service.ScrutinyService.class,
                "decide", eso, f -> scrutiny.decide(f.id(), STALE, null, "")));
        ops.add(noop("hours request declined", Kind.HOURS_REQUEST, org.waymark.asn.service.ScrutinyService.class,
                "decline", eso, f -> scrutiny.decline(f.id(), STALE, "")));
        ops.add(read("hours request: who a decision tells", Kind.HOURS_REQUEST,
                org.waymark.asn.service.ScrutinyService.class, List.of("toldOfDecision"), eso,
                f -> scrutiny.toldOfDecision(f.id()).size(), null));
        // an early-years mid-term request, submitted: the officer joins and reviews, the inclusion team decides
        // (assessing one is the early-years lead officer's, a person the matrix's users are not)
        Class<?> mid = org.waymark.asn.service.MidTermService.class;
        Set<Role> inclusion = EnumSet.of(Role.INCLUSION_TEAM);
        ops.add(read("mid-term: who a decision tells", Kind.MID_TERM, mid, List.of("toldOfDecision"),
                EnumSet.of(Role.EDUCATION_SUPPORT_OFFICER, Role.INCLUSION_TEAM),
                f -> midTerm.toldOfDecision(f.id()).size(), null));
        ops.add(noop("mid-term joint view", Kind.MID_TERM, mid, "join", eso,
                f -> midTerm.join(f.id(), STALE, null, null, "")));
        ops.add(noop("mid-term reviewed", Kind.MID_TERM, mid, "review", eso,
                f -> midTerm.review(f.id(), STALE, null, null, "")));
        ops.add(noop("mid-term approved", Kind.MID_TERM, mid, "approve", inclusion,
                f -> midTerm.approve(f.id(), STALE, null, null, null, "")));
        ops.add(noop("mid-term declined", Kind.MID_TERM, mid, "decline", inclusion,
                f -> midTerm.decline(f.id(), STALE, "")));
        // Welsh ALN: a request for specialist equipment the school made
        Class<?> eq = org.waymark.aln.service.EquipmentService.class;
        ops.add(read("equipment request page", Kind.EQUIPMENT, eq, List.of("page"), PUPIL_READERS,
                f -> equipment.page(f.id()).line().request().getPupilId(), Fixture::pupilId));
        ops.add(read("equipment request files", Kind.EQUIPMENT, eq, List.of("attachedFiles"), PUPIL_READERS,
                f -> equipment.attachedFiles(f.id()).attachments().size(), null));
        ops.add(write("equipment request file", Kind.EQUIPMENT, eq, List.of("attachment"), PUPIL_READERS,
                org.waymark.base.domain.NotFoundException.class, f -> equipment.attachment(f.id(), -1)));
        // the school may remove a file while the request waits: past the check, there is no such file
        ops.add(write("equipment request file removed", Kind.EQUIPMENT, eq, List.of("removeAttachment"), schoolStaff,
                org.waymark.base.domain.NotFoundException.class, f -> {
                    equipment.removeAttachment(f.id(), -1);
                    return null;
                }));
        ops.add(write("equipment requested", Kind.EQUIPMENT, eq, List.of("request"), schoolStaff,
                org.waymark.base.domain.ValidationException.class,
                f -> equipment.request(f.pupilId(), "", "", null)));
        Set<Role> alnCaseworker = EnumSet.of(Role.CASEWORKER);
        ops.add(read("equipment: who a decision tells", Kind.EQUIPMENT, eq, List.of("toldOfDecision"), alnCaseworker,
                f -> equipment.toldOfDecision(f.id()).size(), null));
        ops.add(noop("equipment approved", Kind.EQUIPMENT, eq, "approve", alnCaseworker,
                f -> equipment.approve(f.id(), STALE, null, "")));
        ops.add(noop("equipment declined", Kind.EQUIPMENT, eq, "decline", alnCaseworker,
                f -> equipment.decline(f.id(), STALE, "")));
        ops.add(noop("equipment ordered", Kind.EQUIPMENT, eq, "ordered", alnCaseworker,
                f -> equipment.ordered(f.id(), STALE)));
        ops.add(write("equipment delivered", Kind.EQUIPMENT, eq, List.of("delivered"), alnCaseworker,
                f -> equipment.delivered(f.id(), STALE)));
        // Welsh ALN: a disagreement a parent or the school logged; the authority's officers manage it
        Class<?> dis = org.waymark.aln.service.DisagreementService.class;
        Set<Role> alnOfficers = EnumSet.of(Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR);
        ops.add(write("disagreement logged", Kind.DISAGREEMENT, dis, List.of("log"),
                EnumSet.of(Role.PARENT, Role.SCHOOL_SENCO, Role.HEAD_TEACHER),
                org.waymark.base.domain.ValidationException.class, f -> disagreements.log(f.pupilId(),
                        new org.waymark.aln.domain.DisagreementRules.ConcernInput(null, null, ""))));
        ops.add(read("disagreement: who a step tells", Kind.DISAGREEMENT, dis, List.of("toldOfStep"), alnOfficers,
                f -> disagreements.toldOfStep(f.id()).size(), null));
        ops.add(noop("disagreement assigned", Kind.DISAGREEMENT, dis, "assign", alnOfficers,
                f -> disagreements.assign(f.id(), STALE, null)));
        ops.add(noop("disagreement step", Kind.DISAGREEMENT, dis, "step", alnOfficers,
                f -> disagreements.step(f.id(), STALE, null, null, "")));
        ops.add(noop("disagreement hearing", Kind.DISAGREEMENT, dis, "hearing", alnOfficers,
                f -> disagreements.hearing(f.id(), STALE, null)));
        // Welsh ALN: a referral the authority received from a parent, awaiting its decision
        Class<?> ref = org.waymark.aln.service.ReferralService.class;
        ops.add(read("referral page", Kind.REFERRAL, ref, List.of("referral"),
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR),
                f -> referrals.referral(f.id()).row().referral().getPupilId(), Fixture::pupilId));
        ops.add(read("referral: who a decision tells", Kind.REFERRAL, ref, List.of("toldOfDecision"), alnOfficers,
                f -> referrals.toldOfDecision(f.id()).size(), null));
        ops.add(noop("referral decided", Kind.REFERRAL, ref, "decide", alnOfficers,
                f -> referrals.decide(f.id(), STALE, null, "")));
        // sending is the school's step for its own referral: past the check, this one was received, not prepared
        ops.add(read("referral: who sending tells", Kind.REFERRAL, ref, List.of("toldOfSending"), schoolStaff,
                f -> referrals.toldOfSending(f.id()).size(), null));
        ops.add(noop("referral sent", Kind.REFERRAL, ref, "send", schoolStaff, f -> referrals.send(f.id(), STALE)));
        operationsOfTheFormerBacklog(ops, senco, schoolStaff, panelOfficers);
        operationsOnMadeRecords(ops, senco, schoolStaff);
        operationsOnMeetingsAndSchools(ops, senco, panelOfficers);
        // every page of a child's record: the route of each feature, tried by each cell's user
        ops.add(route("pupil page", Kind.PUPIL, org.waymark.pupils.ui.PupilDetailsView.class, PUPIL_READERS,
                f -> "pupils/" + f.id()));
        ops.add(route("pupil's plans page", Kind.PUPIL, org.waymark.plans.ui.PupilPlansView.class, PUPIL_READERS,
                f -> "pupils/" + f.id() + "/plans"));
        ops.add(route("pupil's bids page", Kind.PUPIL, org.waymark.bids.ui.PupilBidsView.class, PUPIL_READERS,
                f -> "pupils/" + f.id() + "/bids"));
        ops.add(route("pupil's letters page", Kind.PUPIL, org.waymark.panels.ui.PupilLettersView.class, PUPIL_READERS,
                f -> "pupils/" + f.id() + "/letters"));
        ops.add(route("pupil's allocations page", Kind.PUPIL, org.waymark.allocations.ui.PupilAllocationsView.class,
                PUPIL_READERS, f -> "pupils/" + f.id() + "/allocations"));
        ops.add(route("pupil's restrictive practice page", Kind.PUPIL,
                org.waymark.reporting.ui.RestrictivePracticeView.class, CONTENT_READERS,
                f -> "pupils/" + f.id() + "/restrictive-practice"));
        ops.add(route("pupil editor", Kind.PUPIL, org.waymark.pupils.ui.PupilEditorView.class, senco,
                f -> "pupils/" + f.id() + "/edit"));
        ops.add(route("bid page", Kind.BID, org.waymark.bids.ui.BidView.class, PUPIL_READERS, f -> "bids/" + f.id()));
        ops.add(route("RAS case page", Kind.RAS_CASE, org.waymark.ras.ui.RasCaseView.class, rasOfficers,
                f -> "ras/cases/" + f.id()));
        ops.add(route("ALN decision page", Kind.ALN_DECISION, org.waymark.aln.ui.AlnDecisionView.class, staffReaders,
                f -> "aln/decisions/" + f.id()));
        ops.add(route("pupil's ALN page", Kind.ALN_DECISION, org.waymark.aln.ui.PupilAlnView.class, PUPIL_READERS,
                f -> "pupils/" + f.pupilId() + "/aln"));
        ops.add(route("hours request page", Kind.HOURS_REQUEST, org.waymark.asn.ui.HoursRequestView.class,
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.EDUCATION_SUPPORT_OFFICER),
                f -> "asn/requests/" + f.id()));
        ops.add(route("plan page", Kind.PLAN, org.waymark.plans.ui.PlanView.class, CONTENT_READERS,
                f -> "plans/" + f.id()));
        ops.add(route("equipment request page", Kind.EQUIPMENT, org.waymark.aln.ui.EquipmentView.class, PUPIL_READERS,
                f -> "aln/equipment/" + f.id()));
        ops.add(teamLeadersRoute("EHC assessment page", Kind.EHC_ASSESSMENT, org.waymark.ehc.ui.EhcAssessmentView.class,
                ehcReaders, f -> "ehc/assessments/" + f.id()));
        ops.add(route("referral page", Kind.REFERRAL, org.waymark.aln.ui.ReferralView.class,
                EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.CASEWORKER, Role.LEAD_SEND_COORDINATOR),
                f -> "aln/referrals/" + f.id()));
        return ops;
    }

    /**
     * The operations of the former backlog (issue 20 point 10): child data by id whose allowed call
     * would change shared data, so it is sent with input the step refuses after the access check (an
     * empty file, an id of no file, a step the record is past), or whose record the fixtures now make.
     */
    private void operationsOfTheFormerBacklog(List<Op> ops, Set<Role> senco, Set<Role> schoolStaff, Set<Role> panelOfficers) {
        Class<?> none = org.waymark.base.domain.NotFoundException.class;
        Class<?> invalid = org.waymark.base.domain.ValidationException.class;
        Class<?> transition = org.waymark.base.domain.TransitionException.class;
        // an agreed Child's Plan: its writer passes the check and hears the plan is past the step
        ops.add(write("plan agreed again", Kind.PLAN, PlanService.class, List.of("agree"), senco, passes(transition),
                f -> {
                    plans.agree(f.id());
                    return null;
                }));
        ops.add(write("plan shared with the family", Kind.PLAN, PlanService.class, List.of("shareWithFamily"), senco,
                passes(transition), f -> {
                    plans.shareWithFamily(f.id(), 14);
                    return null;
                }));
        ops.add(write("plan: the family's views", Kind.PLAN, PlanService.class, List.of("addFamilyViews"),
                EnumSet.of(Role.PARENT), passes(invalid), f -> {
                    plans.addFamilyViews(f.id(), org.waymark.plans.domain.Voice.CHILD, "I like the garden.");
                    return null;
                }));
        ops.add(write("plan file attached", Kind.PLAN, PlanService.class, List.of("attach"), senco, passes(invalid),
                f -> plans.attach(f.id(), org.waymark.attachments.domain.AttachmentKind.OTHER, "note.pdf", new byte[0])));
        ops.add(write("plan file", Kind.PLAN, PlanService.class, List.of("attachment"), CONTENT_READERS, passes(none),
                f -> plans.attachment(f.id(), -1)));
        ops.add(write("plan file removed", Kind.PLAN, PlanService.class, List.of("removeAttachment"), senco,
                passes(none), f -> {
                    plans.removeAttachment(f.id(), -1);
                    return null;
                }));
        ops.add(write("plan review recorded", Kind.PLAN, PlanService.class, List.of("recordReview"), senco,
                f -> plans.recordReview(f.id(), new org.waymark.plans.domain.PlanReview.ReviewRecord(
                        java.time.LocalDate.now(clock), "", List.of(), List.of()))));
        // a submitted bid: its files by id, and the school's steps of a draft (the bid is past them)
        ops.add(write("bid file", Kind.BID, BidService.class, List.of("attachment"), PUPIL_READERS, passes(none),
                f -> bids.attachment(f.id(), -1)));
        ops.add(write("bid: who submitting tells", Kind.BID, BidWizardService.class, List.of("submission"), senco,
                f -> wizard.submission(f.id())));
        ops.add(write("bid file attached", Kind.BID, BidWizardService.class, List.of("attach"), senco,
                f -> wizard.attach(f.id(), org.waymark.attachments.domain.AttachmentKind.OTHER, "note.pdf",
                        new byte[] {1})));
        ops.add(noop("bid file removed", Kind.BID, BidWizardService.class, "removeAttachment", senco,
                f -> wizard.removeAttachment(f.id(), -1)));
        // a bid the main panel declined: the panel's officers read it and record (here refused) steps
        Class<?> hearing = org.waymark.bids.service.BidHearingService.class;
        ops.add(read("bid as the panel hears it", Kind.DECIDED_BID, hearing, List.of("forPanel"), panelOfficers,
                f -> hearings.forPanel(f.id()).bid().getPupilId(), Fixture::pupilId));
        ops.add(read("bid's high-needs levels", Kind.DECIDED_BID, hearing, List.of("highNeedsLevels"), panelOfficers,
                f -> hearings.highNeedsLevels(f.id()).isEmpty(), f -> false));
        ops.add(noop("bid: panel decision recorded", Kind.DECIDED_BID, hearing, "recordPanelDecision", panelOfficers,
                f -> hearings.recordPanelDecision(f.id(), false, null, null, "Declined again")));
        ops.add(new Op("bid: appeal listed", Kind.DECIDED_BID, Effect.WRITE, hearing, List.of("recordAppealListed"),
                panelOfficers, f -> {
                    hearings.recordAppealListed(f.id(), " ");
                    return null;
                }, null, IllegalArgumentException.class));
        ops.add(write("bid: appeal confirmed", Kind.DECIDED_BID, hearing, List.of("recordAppealConfirmed"),
                panelOfficers, passes(transition), f -> {
                    hearings.recordAppealConfirmed(f.id(), "The panel's decision stands");
                    return null;
                }));
        // Scottish hours: a request for a pupil who has one open; the equipment request's evidence; RAS evidence
        ops.add(write("hours request started", Kind.HOURS_REQUEST, HoursRequestService.class, List.of("start"),
                schoolStaff, passes(invalid), f -> hours.start(f.pupilId())));
        ops.add(write("equipment request file attached", Kind.EQUIPMENT, org.waymark.aln.service.EquipmentService.class,
                List.of("attach"), schoolStaff, passes(invalid), f -> equipment.attach(f.id(),
                        org.waymark.attachments.domain.AttachmentKind.OTHER, "note.pdf", new byte[0])));
        Set<Role> caseworker = EnumSet.of(Role.CASEWORKER);
        ops.add(write("RAS evidence attached", Kind.RAS_CASE, org.waymark.ras.service.RasEvidenceService.class,
                List.of("attach"), caseworker, f -> rasEvidence.attach(f.id(), null,
                        org.waymark.attachments.domain.AttachmentKind.OTHER, "note.pdf", new byte[0])));
        ops.add(noop("RAS evidence removed", Kind.RAS_CASE, org.waymark.ras.service.RasEvidenceService.class, "remove",
                caseworker, f -> rasEvidence.remove(f.id(), -1)));
        // an EHC request's evidence: those who may attach pass the check and hear the file is empty, or not there
        Set<Role> evidence = EnumSet.of(Role.SCHOOL_SENCO, Role.PARENT, Role.CASEWORKER, Role.SEND_TEAM_LEADER);
        ops.add(write("EHC request evidence attached", Kind.EHC_ASSESSMENT,
                org.waymark.ehc.service.EhcRequestService.class, List.of("attachEvidence"), evidence, passes(invalid),
                f -> ehcRequests.attachEvidence(f.id(), org.waymark.attachments.domain.AttachmentKind.OTHER, "note.pdf",
                        new byte[0])));
        ops.add(write("EHC request evidence removed", Kind.EHC_ASSESSMENT,
                org.waymark.ehc.service.EhcRequestService.class, List.of("removeEvidence"), evidence, passes(none), f -> {
                    ehcRequests.removeEvidence(f.id(), -1);
                    return null;
                }));
        // the pupil's own school or parent asks for an EHC needs assessment: past the check, the input is empty
        ops.add(write("EHC assessment requested", Kind.PUPIL, org.waymark.ehc.service.EhcRequestService.class,
                List.of("request"), EnumSet.of(Role.SCHOOL_SENCO, Role.PARENT), passes(invalid),
                f -> ehcRequests.request(new org.waymark.ehc.service.EhcRequestService.RequestInput(f.pupilId(), null,
                        "", "", "", Set.of(), null))));
        ops.add(noop("pupil move recorded", Kind.PUPIL, PupilService.class, "recordMove",
                EnumSet.of(Role.EDUCATION_SUPPORT_OFFICER, Role.CASEWORKER), f -> pupils.recordMove(f.id(), STALE, null,
                        java.time.LocalDate.now(clock), org.waymark.pupils.domain.EnrolmentEndReason.LEFT)));
        // an incident its recorders would write: past the check, it lasted no time
        ops.add(write("restrictive practice recorded", Kind.PUPIL,
                org.waymark.reporting.service.RestrictivePracticeService.class, List.of("record"), schoolStaff,
                passes(invalid), f -> restrictive.record(f.pupilId(), new org.waymark.reporting.domain.RestrictiveIncident
                        .Facts(org.waymark.reporting.domain.RestrictiveKind.PHYSICAL_INTERVENTION,
                        clock.instant().minus(java.time.Duration.ofDays(1)), 0, "Mr Oakes", "Held briefly."))));
        // past the check, a meeting day three years back is refused (the demo plan has no review open)
        ops.add(write("EHC annual review scheduled", Kind.EHC_PLAN, org.waymark.plans.service.EhcReviewService.class,
                List.of("schedule"), caseworker, passes(invalid), f -> ehcReviews.schedule(f.id(),
                        java.time.LocalDate.now(clock).minusYears(3))));
    }

    /** The former backlog's operations on the records {@link #makeBacklogFixtures} makes. */
    private void operationsOnMadeRecords(List<Op> ops, Set<Role> senco, Set<Role> schoolStaff) {
        Class<?> none = org.waymark.base.domain.NotFoundException.class;
        Class<?> invalid = org.waymark.base.domain.ValidationException.class;
        Class<?> transition = org.waymark.base.domain.TransitionException.class;
        Class<?> restrictiveService = org.waymark.reporting.service.RestrictivePracticeService.class;
        ops.add(noop("restrictive practice debrief", Kind.INCIDENT, restrictiveService, "recordDebrief", schoolStaff,
                f -> restrictive.recordDebrief(f.id(), STALE, java.time.LocalDate.now(clock), "Talked it through")));
        ops.add(noop("restrictive practice: parents told", Kind.INCIDENT, restrictiveService, "recordParentInformed",
                schoolStaff, f -> restrictive.recordParentInformed(f.id(), STALE, java.time.LocalDate.now(clock),
                        "By telephone")));
        // an appeal the head teacher asked for: the family's SENCO answers it
        Set<Role> familySenco = EnumSet.of(Role.FAMILY_SENCO);
        Class<?> appeal = org.waymark.panels.service.AppealService.class;
        ops.add(read("appeal: who an answer tells", Kind.APPEAL, appeal, List.of("toldOfResponse"), familySenco,
                f -> appeals.toldOfResponse(f.id()).size(), f -> 1));
        ops.add(noop("appeal answered", Kind.APPEAL, appeal, "respond", familySenco,
                f -> appeals.respond(f.id(), STALE, true, "The family supports it")));
        // a school's decision of no ALN: its letter
        ops.add(read("no-ALN letter", Kind.NO_ALN_DECISION, AlnService.class, List.of("noAlnLetter"), CONTENT_READERS,
                f -> aln.noAlnLetter(f.id()).bytes().length > 100, f -> true));
        // a referral the authority decided: its decision letter
        ops.add(read("referral decision letter", Kind.DECIDED_REFERRAL, org.waymark.aln.service.ReferralService.class,
                List.of("decisionLetter"), EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.CASEWORKER,
                        Role.LEAD_SEND_COORDINATOR, Role.PARENT),
                f -> referrals.decisionLetter(f.id()).bytes().length > 100, f -> true));
        // advice asked for in an EHC needs assessment: its readers, and its writers' steps
        Set<Role> ehcReaders = EnumSet.of(Role.SCHOOL_SENCO, Role.HEAD_TEACHER, Role.PARENT, Role.CASEWORKER,
                Role.LEAD_SEND_COORDINATOR, Role.SEND_TEAM_LEADER);
        Set<Role> ehcWriters = EnumSet.of(Role.CASEWORKER, Role.SEND_TEAM_LEADER);
        Class<?> assessment = org.waymark.ehc.service.AssessmentService.class;
        ops.add(read("EHC advice files", Kind.EHC_ADVICE, assessment, List.of("adviceFiles"), ehcReaders,
                f -> assessments.adviceFiles(f.id()).attachments().size(), f -> 0));
        ops.add(write("EHC advice file", Kind.EHC_ADVICE, assessment, List.of("adviceFile"), ehcReaders, passes(none),
                f -> assessments.adviceFile(f.id(), -1)));
        ops.add(write("EHC advice file attached", Kind.EHC_ADVICE, assessment, List.of("attachAdvice"), ehcWriters,
                passes(invalid), f -> assessments.attachAdvice(f.id(),
                        org.waymark.attachments.domain.AttachmentKind.OTHER, "advice.pdf", new byte[0])));
        ops.add(write("EHC advice file removed", Kind.EHC_ADVICE, assessment, List.of("removeAdviceFile"), ehcWriters,
                passes(none), f -> {
                    assessments.removeAdviceFile(f.id(), -1);
                    return null;
                }));
        ops.add(noop("EHC advice returned", Kind.EHC_ADVICE, assessment, "returnAdvice", ehcWriters,
                f -> assessments.returnAdvice(f.id(), STALE, java.time.LocalDate.now(clock))));
        // a draft Child's Plan: a review starts only from a plan in force
        ops.add(write("plan review started", Kind.DRAFT_PLAN, PlanService.class, List.of("startReview"), senco,
                passes(transition), f -> {
                    plans.startReview(f.id());
                    return null;
                }));
        // a school-age pupil's mid-term request: the education support officer assesses it
        ops.add(noop("mid-term assessed", Kind.MID_TERM_SCHOOL_AGE, org.waymark.asn.service.MidTermService.class,
                "assess", EnumSet.of(Role.EDUCATION_SUPPORT_OFFICER), f -> midTerm.assess(f.id(), STALE,
                        new java.math.BigDecimal("10"), java.time.LocalDate.now(clock).plusMonths(4), "Valid")));
        // starts for a pupil with none: the one allowed cell starts it (a record of a pupil made for the matrix)
        ops.add(read("plan started", Kind.NEW_PUPIL_SCOTLAND, PlanService.class, List.of("startPlan"), senco,
                f -> plans.startPlan(f.pupilId(), org.waymark.plans.domain.PlanType.CHILDS_PLAN) > 0, f -> true));
        ops.add(read("bid started", Kind.NEW_PUPIL_ENGLAND, BidWizardService.class, List.of("start"), senco,
                f -> wizard.start(f.pupilId()) > 0, f -> true));
    }

    /**
     * Records that are not one child's (the former backlog's "refused against a meeting"): a family's
     * moderation meeting, closed, so its chair's steps pass the check and meet a conflict; the
     * authority's main panel, closed, so its officers' steps meet the closed meeting or input it
     * refuses; a Scottish school's scrutiny; an English school a pupil would be added to.
     */
    private void operationsOnMeetingsAndSchools(List<Op> ops, Set<Role> senco, Set<Role> panelOfficers) {
        Class<?> invalid = org.waymark.base.domain.ValidationException.class;
        Class<?> transition = org.waymark.base.domain.TransitionException.class;
        Class<?> mod = org.waymark.moderation.service.ModerationService.class;
        Class<?> money = org.waymark.moderation.service.FamilyMoneyService.class;
        Set<Role> familyReaders = EnumSet.of(Role.FAMILY_SENCO, Role.SCHOOL_SENCO, Role.HEAD_TEACHER);
        Set<Role> chair = EnumSet.of(Role.FAMILY_SENCO);
        ops.add(read("moderation meeting", Kind.MODERATION_MEETING, mod, List.of("details"), familyReaders,
                f -> moderationMeetings.details(f.id()).meeting().getId(), Fixture::id));
        ops.add(read("moderation meeting's record", Kind.MODERATION_MEETING, mod, List.of("record"), familyReaders,
                f -> moderationMeetings.record(f.id()).bytes().length > 100, f -> true));
        ops.add(noop("moderation case decided", Kind.MODERATION_MEETING, mod, "decide", chair,
                f -> moderationMeetings.decide(f.id(), 0, org.waymark.moderation.domain.CaseOutcome.DECLINED, null, null,
                        "Not enough evidence")));
        ops.add(noop("moderation: who a decision tells", Kind.MODERATION_MEETING, mod, "toldOfDecision", chair,
                f -> moderationMeetings.toldOfDecision(f.id(), 0, org.waymark.moderation.domain.CaseOutcome.DECLINED)));
        ops.add(noop("moderation attendee added", Kind.MODERATION_MEETING, mod, "addAttendee", chair,
                f -> moderationMeetings.addAttendee(f.id(), "Ms Ada Lane", "SENCO, Brook School")));
        ops.add(noop("moderation meeting closed", Kind.MODERATION_MEETING, mod, "close", chair,
                f -> moderationMeetings.close(f.id())));
        ops.add(noop("family's fund allocated", Kind.MODERATION_MEETING, money, "allocateFnf", chair,
                f -> familyMoney.allocateFnf(f.id(), org.waymark.moderation.domain.FnfPurpose.TRAINING,
                        new java.math.BigDecimal("100"), "Training day")));
        ops.add(noop("AFN returned at a meeting", Kind.MODERATION_MEETING, money, "returnAfn", chair,
                f -> familyMoney.returnAfn(f.id(), -1)));
        // the main panel the fixtures closed: its officers read it; a change to it meets the closed meeting
        Class<?> panel = org.waymark.panels.service.PanelService.class;
        ops.add(read("panel meeting", Kind.PANEL_MEETING, panel, List.of("meeting"), panelOfficers,
                f -> panels.meeting(f.id()).meeting().getId(), Fixture::id));
        ops.add(read("panel meeting's make-up", Kind.PANEL_MEETING, org.waymark.panels.service.PanelMakeUpService.class,
                List.of("ofMeeting"), panelOfficers, f -> panelMakeUp.ofMeeting(f.id()).size(), null));
        ops.add(read("panel: who a decision tells", Kind.PANEL_MEETING, panel, List.of("toldOfDecision"),
                panelOfficers, f -> panels.toldOfDecision(f.id(), 0, org.waymark.panels.domain.PanelOutcome.DECLINED)
                        .size(), null));
        ops.add(write("panel case decided", Kind.PANEL_MEETING, panel, List.of("decide"), panelOfficers,
                passes(invalid), f -> panels.decide(f.id(), -1, new org.waymark.panels.domain.PanelCase.Decision(
                        org.waymark.panels.domain.PanelOutcome.DECLINED, null, null, null, null, "Declined"))));
        ops.add(write("panel cases refreshed", Kind.PANEL_MEETING, panel, List.of("refreshCases"), panelOfficers,
                f -> panels.refreshCases(f.id())));
        ops.add(write("panel member seated", Kind.PANEL_MEETING, panel, List.of("seatAtMeeting"), panelOfficers,
                passes(invalid), f -> {
                    panels.seatAtMeeting(f.id(), -1, org.waymark.panels.domain.SeatCapacity.OFFICER,
                            org.waymark.panels.domain.SeatRole.MEMBER);
                    return null;
                }));
        ops.add(write("panel member unseated", Kind.PANEL_MEETING, panel, List.of("unseatAtMeeting"), panelOfficers,
                passes(transition), f -> {
                    panels.unseatAtMeeting(f.id(), -1);
                    return null;
                }));
        ops.add(write("panel meeting closed", Kind.PANEL_MEETING, panel, List.of("close"), panelOfficers,
                passes(transition), f -> {
                    panels.close(f.id());
                    return null;
                }));
        // writing the letters: the officers get as far as the first letter, whose progress stops the work
        // (the transaction rolls back: the letters stay as they were)
        ops.add(write("panel's letters written", Kind.PANEL_MEETING, LetterService.class, List.of("generate"),
                panelOfficers, passes(PastTheCheck.class), f -> letters.generate(f.id(), (done, of) -> {
                    throw new PastTheCheck();
                })));
        // a Scottish school's hours: the authority's education support officers
        Class<?> scrutinyService = org.waymark.asn.service.ScrutinyService.class;
        Set<Role> eso = EnumSet.of(Role.EDUCATION_SUPPORT_OFFICER);
        ops.add(read("school's hours scrutiny", Kind.HOURS_SCHOOL, scrutinyService, List.of("scrutiny"), eso,
                f -> scrutiny.scrutiny(f.id()) != null, f -> true));
        ops.add(read("school's hours statement", Kind.HOURS_SCHOOL, scrutinyService, List.of("hoursStatementPdf"), eso,
                f -> scrutiny.hoursStatementPdf(f.id(), Locale.UK).length > 100, f -> true));
        ops.add(write("school's hours notes", Kind.HOURS_SCHOOL, scrutinyService, List.of("saveNotes"), eso,
                passes(invalid), f -> scrutiny.saveNotes(f.id(), null, "x".repeat(100_001), "", "")));
        // a pupil added to a school: its SENCO passes the check and hears the details are missing
        ops.add(write("pupil added to a school", Kind.SCHOOL, PupilService.class, List.of("create"), senco,
                passes(invalid), f -> pupils.create(f.id(), new PupilDetails(), false)));
    }

    /** Thrown by a step's progress once the step is past its access check: the work stops and rolls back. */
    static final class PastTheCheck extends RuntimeException {
        PastTheCheck() {
            super("past the access check");
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RuntimeException> passes(Class<?> type) {
        return (Class<? extends RuntimeException>) type;
    }

    static Op read(String name, Kind kind, Class<?> service, List<String> methods, Set<Role> roles,
                   Function<Fixture, @Nullable Object> call, @Nullable Function<Fixture, Object> answer) {
        return new Op(name, kind, Effect.READ, service, methods, roles, call, answer, ConflictException.class);
    }

    static Op write(String name, Kind kind, Class<?> service, List<String> methods, Set<Role> roles,
                    Function<Fixture, @Nullable Object> call) {
        return new Op(name, kind, Effect.WRITE, service, methods, roles, call, null, ConflictException.class);
    }

    /** A write whose owner is refused after the access check by a rule of the record (nothing changes). */
    static Op write(String name, Kind kind, Class<?> service, List<String> methods, Set<Role> roles,
                    Class<? extends RuntimeException> passes, Function<Fixture, @Nullable Object> call) {
        return new Op(name, kind, Effect.WRITE, service, methods, roles, call, null, passes);
    }

    /** A page by its route: shown, or refused (the route's roles, or the not-found page after the service refused). */
    static Op route(String name, Kind kind, Class<?> view, Set<Role> roles, Function<Fixture, String> path) {
        // the SEND team leader is always a caseworker too (DD: "every caseworker's screen is theirs"):
        // the pages name the caseworker, so the team leader's role alone opens none of them
        Set<Role> byRoute = EnumSet.copyOf(roles);
        byRoute.remove(Role.SEND_TEAM_LEADER);
        return teamLeadersRoute(name, kind, view, byRoute, path);
    }

    /** A page by its route that names the SEND team leader too (DD007: the assessment screens are theirs). */
    static Op teamLeadersRoute(String name, Kind kind, Class<?> view, Set<Role> roles, Function<Fixture, String> path) {
        return new Op(name, kind, Effect.ROUTE, view, List.of(), roles, f -> path.apply(f), null,
                ConflictException.class);
    }

    static Op list(String name, Class<?> service, String method, Function<Fixture, @Nullable Object> call) {
        return new Op(name, Kind.PUPIL, Effect.LIST, service, List.of(method), PUPIL_READERS, call, null,
                ConflictException.class);
    }

    static Op noop(String name, Kind kind, Class<?> service, String method, Set<Role> roles,
                   java.util.function.Consumer<Fixture> call) {
        return new Op(name, kind, Effect.WRITE, service, List.of(method), roles, f -> {
            call.accept(f);
            return null;
        }, null, ConflictException.class);
    }

    /** Whether a record of the holder at this relation is in the role's reach at all. */
    static boolean inReach(Role role, Relation relation, Holder holder) {
        return switch (holder) {
            case CHILD, SCHOOL -> inReach(role, relation);
            // the family's schools and its Family SENCO; not the authority's officers
            case FAMILY -> (role.reach() == Role.Reach.SCHOOL || role.reach() == Role.Reach.FAMILY)
                    && (relation == Relation.OWN || relation == Relation.OTHER_SCHOOL_SAME_FAMILY);
            case AUTHORITY -> role.reach() == Role.Reach.AUTHORITY && relation != Relation.OTHER_AUTHORITY;
        };
    }

    /** Whether a record at this relation is in the role's reach at all. */
    static boolean inReach(Role role, Relation relation) {
        return switch (role.reach()) {
            case NONE -> false;
            case OWN_CHILDREN -> relation == Relation.OWN;
            case SCHOOL -> relation == Relation.OWN;
            case FAMILY -> relation == Relation.OWN || relation == Relation.OTHER_SCHOOL_SAME_FAMILY;
            case AUTHORITY -> relation != Relation.OTHER_AUTHORITY;
        };
    }

    static List<Relation> relationsOf(Role role) {
        return role == Role.PARENT ? List.of(Relation.OWN, Relation.OTHER_CHILD)
                : List.of(Relation.OWN, Relation.OTHER_SCHOOL_SAME_FAMILY, Relation.OTHER_FAMILY_SAME_AUTHORITY,
                        Relation.OTHER_AUTHORITY);
    }

    private final Map<Kind, Fixture> fixtures = new LinkedHashMap<>();
    private int allowed;
    private int denied;

    @TestFactory
    List<DynamicNode> matrix() {
        long started = System.nanoTime();
        makeFixtures();
        long fixturesMade = System.nanoTime();
        List<Op> ops = operations();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Op op : ops) {
            List<DynamicNode> cells = new ArrayList<>();
            for (Role role : Role.values()) {
                for (Relation relation : relationsOf(role)) {
                    cells.add(DynamicTest.dynamicTest(role + " × " + relation, () -> cell(op, role, relation)));
                }
            }
            nodes.add(DynamicContainer.dynamicContainer(op.name() + " (" + op.service().getSimpleName() + "."
                    + String.join(", ", op.methods()) + ")", cells));
        }
        nodes.add(DynamicTest.dynamicTest("every cell ran", () -> {
            int expected = ops.size() * (4 * (Role.values().length - 1) + 2);
            System.out.printf("feature authorization matrix: %d operations, %d cells (%d allowed, %d denied);"
                    + " fixtures %.1f s, cells %.1f s%n", ops.size(), allowed + denied, allowed, denied,
                    (fixturesMade - started) / 1e9, (System.nanoTime() - fixturesMade) / 1e9);
            assertThat(allowed + denied).isEqualTo(expected);
            // every operation has its owner allowed and every operation is refused somewhere
            assertThat(allowed).isGreaterThanOrEqualTo(ops.size());
            assertThat(denied).isGreaterThan(ops.size() * 30);
        }));
        return nodes;
    }

    private void cell(Op op, Role role, Relation relation) {
        Fixture fixture = Objects.requireNonNull(fixtures.get(op.kind()));
        UserScope user = placed(role, relation, fixture);
        boolean expected = (op.service() == org.waymark.privacy.service.SubjectAccessService.class
                && role == Role.LA_ADMIN ? relation != Relation.OTHER_AUTHORITY
                : inReach(role, relation, op.kind().holder())) && op.roles().contains(role);
        String what = user.username() + " " + op.name() + " of pupil " + fixture.pupilId();
        long deniedBefore = deniedBy(user.username());
        long deniedForChild = deniedBy(user.username(), fixture.pupilId());
        long recordSubject = subjectOf(op.kind().holder(), fixture);
        long deniedForRecord = deniedNaming(user.username(), recordSubject);
        if (op.effect() == Effect.ROUTE) {
            route(op, fixture, user, expected, what, deniedBefore);
            count(expected);
            return;
        }
        if (op.effect() == Effect.ASK) {
            if (expected) {
                op.call().apply(fixture);
            } else {
                try {
                    assertThat(op.call().apply(fixture)).as(what + " answers no").isEqualTo(false);
                } catch (AccessDeniedException refused) {
                    assertThat(deniedBy(user.username())).as("a DENIED row for " + what).isEqualTo(deniedBefore + 1);
                }
            }
            count(expected);
            return;
        }
        if (op.effect() == Effect.LIST) {
            boolean gate = PUPIL_READERS.contains(role);
            if (!gate) {
                assertThatThrownBy(() -> op.call().apply(fixture)).as(what).isInstanceOf(AccessDeniedException.class);
                assertThat(deniedBy(user.username())).as("a DENIED row for " + what).isEqualTo(deniedBefore + 1);
            } else {
                assertThat(op.call().apply(fixture)).as(what + " lists the child").isEqualTo(expected);
            }
            count(expected);
            return;
        }
        if (expected) {
            if (op.effect() == Effect.WRITE) {
                // past the access check, refused only because the version is stale: nothing changes
                assertThatThrownBy(() -> op.call().apply(fixture)).as(what).isInstanceOf(op.passes());
            } else {
                Object got = op.call().apply(fixture);
                if (op.answer() != null) {
                    assertThat(got).as(what).isEqualTo(op.answer().apply(fixture));
                }
            }
            assertThat(deniedBy(user.username())).as("no DENIED row for " + what).isEqualTo(deniedBefore);
            allowed++;
            return;
        }
        // refused: access denied, or (subject access: no probing) the same answer as for no such child
        assertThatThrownBy(() -> op.call().apply(fixture)).as(what)
                .isInstanceOfAny(AccessDeniedException.class, org.waymark.base.domain.NotFoundException.class);
        assertThat(deniedBy(user.username())).as("a DENIED audit row for " + what).isEqualTo(deniedBefore + 1);
        if (op.roles().contains(role) && op.kind().holder() != Holder.CHILD) {
            // refused by scope, against the meeting or school it acts on
            assertThat(deniedNaming(user.username(), recordSubject)).as("the DENIED row of " + what + " names the record")
                    .isEqualTo(deniedForRecord + 1);
        } else if (op.roles().contains(role)) {
            // the role passed the method's check: the service refused by scope, against the child's record
            assertThat(deniedBy(user.username(), fixture.pupilId())).as("the DENIED row of " + what + " names the child")
                    .isEqualTo(deniedForChild + 1);
        }
        denied++;
    }

    /** Opens the page as the cell's user: shown exactly when allowed; a refusal past the route's roles is audited. */
    private void route(Op op, Fixture fixture, UserScope user, boolean expected, String what, long deniedBefore) {
        String path = String.valueOf(op.call().apply(fixture));
        boolean routeRefused = false;
        try {
            UI.getCurrent().navigate(path);
        } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException e) {
            routeRefused = true;
        }
        @SuppressWarnings("unchecked")
        Class<? extends com.vaadin.flow.component.Component> view =
                (Class<? extends com.vaadin.flow.component.Component>) op.service();
        boolean shown = !routeRefused && !LocatorJ._find(view).isEmpty();
        boolean notFound = !LocatorJ._find(RecordNotFoundView.class).isEmpty()
                || !LocatorJ._find(AccessRefusedView.class).isEmpty();
        assertThat(shown).as(what + " (" + path + ") shown").isEqualTo(expected);
        if (!expected && !routeRefused) {
            // the route let the role in; the service refused the record: the not-found page, audited
            assertThat(notFound).as(what + " (" + path + ") answers as not found").isTrue();
            assertThat(deniedBy(user.username())).as("a DENIED audit row for " + what).isGreaterThan(deniedBefore);
        }
    }

    private void count(boolean expected) {
        if (expected) {
            allowed++;
        } else {
            denied++;
        }
    }

    /**
     * A user holding the one role, placed at the school of the relation: a school role at the
     * school, a family role in its family, an authority role in its authority; a parent of the
     * child (OWN) or of another child of the school (OTHER_CHILD). Signed in for the cell.
     */
    private final Map<String, Long> schools = new java.util.HashMap<>();

    private UserScope placed(Role role, Relation relation, Fixture fixture) {
        long school = schools.computeIfAbsent(fixture.schoolId() + "/" + fixture.pupilId() + "/" + relation,
                k -> schoolAt(relation, fixture));
        return placedAt(role, relation, fixture, school);
    }

    /**
     * The school of the relation: one the child never attended (a school the child left keeps a
     * read-only history for a while, DD014; a pupil another test moved must not make a cell allowed).
     */
    private long schoolAt(Relation relation, Fixture fixture) {
        String never = " AND o.id NOT IN (SELECT e.school_id FROM enrolment e WHERE e.pupil_id = :p)";
        return switch (relation) {
            case OWN, OTHER_CHILD -> fixture.schoolId();
            case OTHER_SCHOOL_SAME_FAMILY -> jdbc.sql("SELECT MIN(o.id) FROM school o JOIN school s ON s.id = :s"
                    + " WHERE o.family_id = s.family_id AND o.id <> s.id" + never).param("s", fixture.schoolId())
                    .param("p", fixture.pupilId()).query(Long.class).single();
            case OTHER_FAMILY_SAME_AUTHORITY -> jdbc.sql("SELECT MIN(o.id) FROM school o JOIN school s ON s.id = :s"
                    + " WHERE o.local_authority_id = s.local_authority_id AND o.family_id IS NOT NULL"
                    + " AND o.family_id <> s.family_id" + never).param("s", fixture.schoolId())
                    .param("p", fixture.pupilId()).query(Long.class).single();
            case OTHER_AUTHORITY -> jdbc.sql("SELECT MIN(o.id) FROM school o JOIN school s ON s.id = :s"
                    + " WHERE o.local_authority_id <> s.local_authority_id AND o.family_id IS NOT NULL" + never)
                    .param("s", fixture.schoolId()).param("p", fixture.pupilId()).query(Long.class).single();
        };
    }

    private UserScope placedAt(Role role, Relation relation, Fixture fixture, long school) {
        Map<String, Object> at = jdbc.sql("SELECT family_id, local_authority_id FROM school WHERE id = :s")
                .param("s", school).query().singleRow();
        Long family = at.get("family_id") == null ? null : ((Number) at.get("family_id")).longValue();
        long authority = ((Number) Objects.requireNonNull(at.get("local_authority_id"))).longValue();
        String username = "matrix." + role.name().toLowerCase(Locale.ROOT) + "." + relation.name().toLowerCase(Locale.ROOT);
        UserScope scope = switch (role.reach()) {
            case SCHOOL -> scope(username, role, authority, family, school, Set.of());
            case FAMILY -> scope(username, role, authority, family, null, Set.of());
            case AUTHORITY, NONE -> scope(username, role, authority, null, null, Set.of());
            case OWN_CHILDREN -> scope(username, role, null, null, null, Set.of(relation == Relation.OWN
                    ? fixture.pupilId() : anotherChild(fixture)));
        };
        // the mocked request carries the same user, so the routes' role checks see the role
        return org.waymark.SignIn.inMockedUi(scope, role);
    }

    private static UserScope scope(String username, Role role, @Nullable Long authority, @Nullable Long family,
                                   @Nullable Long school, Set<Long> children) {
        // an id no account has: the cell's user exists only for the cell
        return new UserScope(-1_000L - role.ordinal(), username, "Matrix " + role, Set.of(role), authority, family,
                school, children, Locale.UK);
    }

    private long anotherChild(Fixture fixture) {
        return jdbc.sql("SELECT MIN(p.id) FROM pupil p WHERE p.school_id = :s AND p.id <> :p")
                .param("s", fixture.schoolId()).param("p", fixture.pupilId()).query(Long.class).single();
    }

    private String nameOf(long pupilId) {
        return jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", pupilId).query(String.class).single();
    }

    private PupilDetails details(long pupilId) {
        // the record's own details (read directly: the cell's user may not read them)
        return Objects.requireNonNull(detailsOf.get(pupilId));
    }

    private final Map<Long, PupilDetails> detailsOf = new LinkedHashMap<>();

    private long deniedBy(String actor) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED'").param("a", actor)
                .query(Long.class).single();
    }

    /** The audit subject a refusal of the record names: a family's meeting by its family; a panel meeting, a school. */
    private long subjectOf(Holder holder, Fixture fixture) {
        return holder == Holder.FAMILY ? jdbc.sql("SELECT family_id FROM school WHERE id = :s")
                .param("s", fixture.schoolId()).query(Long.class).single() : fixture.id();
    }

    /** DENIED rows of the user whose subject is the record (a meeting, a family's meeting by its family, a school). */
    private long deniedNaming(String actor, long recordId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND outcome = 'DENIED' AND subject_id = :id")
                .param("a", actor).param("id", String.valueOf(recordId)).query(Long.class).single();
    }

    private long deniedBy(String actor, long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND pupil_id = :p AND outcome = 'DENIED'")
                .param("a", actor).param("p", pupilId).query(Long.class).single();
    }

    /** The records, made through the services as their demo owners. */
    private void makeFixtures() {
        if (!fixtures.isEmpty()) {
            return;
        }
        long bidId = bidScenarios.submittedAfn();
        long bidPupil = bids.open(bidId).bid().getPupilId();
        fixtures.put(Kind.BID, fixture(bidId, bidPupil));
        fixtures.put(Kind.PUPIL, fixture(bidPupil, bidPupil));
        SignIn.as(accounts, "senco");
        detailsOf.put(bidPupil, pupils.forEditing(bidPupil).details());

        long rasPupil = rasScenarios.freshPupil();
        fixtures.put(Kind.RAS_CASE, fixture(rasScenarios.submitted(rasPupil, 2, 1), rasPupil));

        long alnPupil = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        fixtures.put(Kind.ALN_DECISION, fixture(alnScenarios.concern(alnPupil), alnPupil));

        long asnPupil = asnScenarios.pupilWithPlan();
        fixtures.put(Kind.HOURS_REQUEST, fixture(asnScenarios.submittedRequest(asnPupil), asnPupil));
        long planId = jdbc.sql("SELECT MIN(id) FROM support_plan WHERE pupil_id = :p").param("p", asnPupil)
                .query(Long.class).single();
        fixtures.put(Kind.PLAN, fixture(planId, asnPupil));
        // an EHC plan of the English demo county (its annual review steps are refused or meet a stale version)
        Map<String, Object> ehcp = jdbc.sql("SELECT sp.id, sp.pupil_id FROM support_plan sp JOIN pupil p"
                + " ON p.id = sp.pupil_id JOIN school s ON s.id = p.school_id WHERE sp.plan_type = 'EHCP'"
                + " AND s.family_id IS NOT NULL ORDER BY sp.id LIMIT 1").query().singleRow();
        fixtures.put(Kind.EHC_PLAN, fixture(((Number) Objects.requireNonNull(ehcp.get("ID"))).longValue(),
                ((Number) Objects.requireNonNull(ehcp.get("PUPIL_ID"))).longValue()));
        makeCaseworkFixtures();
        makeBacklogFixtures(bidPupil);
        SecurityContextHolder.clearContext();
    }

    /**
     * The records of the former backlog, made through the services as their demo owners: a
     * restrictive incident, a no-ALN decision, a decided referral, advice asked for in an EHC needs
     * assessment, a draft Child's Plan, a school-age pupil's mid-term request, and a pupil of each
     * nation with nothing started (the appeal is made with the panel's letters).
     */
    private void makeBacklogFixtures(long bidPupil) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        SignIn.as(accounts, "senco");
        fixtures.put(Kind.INCIDENT, fixture(restrictive.record(bidPupil, new org.waymark.reporting.domain
                .RestrictiveIncident.Facts(org.waymark.reporting.domain.RestrictiveKind.PHYSICAL_INTERVENTION,
                clock.instant().minus(java.time.Duration.ofDays(1)), 5, "Mr Oakes (class teacher)",
                "Held by the arms for a short time until calm.")), bidPupil));

        long noAlnPupil = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        long noAln = alnScenarios.concern(noAlnPupil);
        SignIn.as(accounts, "senco.cy");
        aln.decide(noAln, alnScenarios.version(noAln), AlnScenarios.input(false, false, null), null);
        fixtures.put(Kind.NO_ALN_DECISION, fixture(noAln, noAlnPupil));

        long referralPupil = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        SignIn.as(accounts, "caseworker.cy");
        long referral = referrals.record(new org.waymark.aln.service.ReferralService.ReceivedInput(referralPupil,
                org.waymark.aln.domain.ReferralSource.PARENT, "Mrs Eleri Price", today,
                "Her daughter cannot yet read simple words."));
        referrals.decide(referral, referrals.referral(referral).row().referral().getVersion(),
                org.waymark.aln.domain.ReferralOutcome.AUTHORITY_DECIDES, "The authority decides: complex needs.");
        fixtures.put(Kind.DECIDED_REFERRAL, fixture(referral, referralPupil));

        long assessmentId = ehcScenarios.recorded(today);
        assessments.decide(assessmentId, ehcScenarios.version(assessmentId), true,
                "The evidence shows needs the school cannot meet from its own resources.", today);
        long advice = assessments.addAdvice(assessmentId, org.waymark.ehc.domain.AdviceKind.EDUCATIONAL_PSYCHOLOGY,
                "Dr Sam Okafor", today);
        fixtures.put(Kind.EHC_ADVICE, fixture(advice, ehcScenarios.pupilOf(assessmentId)));

        long draftPupil = asnScenarios.freshPupil(AsnScenarios.HOME_SCHOOL);
        SignIn.as(accounts, "senco.sc");
        fixtures.put(Kind.DRAFT_PLAN, fixture(plans.startPlan(draftPupil,
                org.waymark.plans.domain.PlanType.CHILDS_PLAN), draftPupil));
        long schoolAge = asnScenarios.pupilWithPlan();
        SignIn.as(accounts, "senco.sc");
        long midTermId = hours.start(schoolAge, true);
        var answers = AsnScenarios.eligible();
        answers.setExceptionalReason("Needs changed after an injury in the October holiday: an adult all day.");
        hours.submit(midTermId, hours.save(midTermId, hours.open(midTermId).lock(), answers));
        fixtures.put(Kind.MID_TERM_SCHOOL_AGE, fixture(midTermId, schoolAge));

        // a moderation meeting of the family of the submitted bid's school, opened and closed by its Family SENCO
        SignIn.as(accounts, "family.senco");
        long moderationMeeting = moderationMeetings.open(today);
        moderationMeetings.close(moderationMeeting);
        fixtures.put(Kind.MODERATION_MEETING, fixture(moderationMeeting, bidPupil));
        Fixture hoursRequest = Objects.requireNonNull(fixtures.get(Kind.HOURS_REQUEST));
        fixtures.put(Kind.HOURS_SCHOOL, new Fixture(hoursRequest.schoolId(), hoursRequest.pupilId(),
                hoursRequest.schoolId()));
        Fixture pupil = Objects.requireNonNull(fixtures.get(Kind.PUPIL));
        fixtures.put(Kind.SCHOOL, new Fixture(pupil.schoolId(), pupil.pupilId(), pupil.schoolId()));

        // last: a pupil no fixture above has touched
        long scottish = asnScenarios.freshPupil(AsnScenarios.HOME_SCHOOL);
        fixtures.put(Kind.NEW_PUPIL_SCOTLAND, fixture(scottish, scottish));
        long english = ehcScenarios.freshPupil(org.waymark.EhcScenarios.SCHOOL);
        fixtures.put(Kind.NEW_PUPIL_ENGLAND, fixture(english, english));
    }

    /**
     * England's casework records, made through the services as the demo's officers: a forwarded HLN
     * bid a main panel declines (its letter written: a decision letter and an appealable decision),
     * AFN a family agreed, and an EHC needs assessment request as recorded.
     */
    private void makeCaseworkFixtures() {
        long declined = bidScenarios.forwardedHln();
        long declinedPupil = bids.open(declined).bid().getPupilId();
        // a second bid the same panel declines: its head teacher asks for an appeal
        long appealed = bidScenarios.forwardedHln();
        long appealedPupil = bids.open(appealed).bid().getPupilId();
        SignIn.as(accounts, "caseworker");
        long meetingId = panels.open(org.waymark.panels.domain.PanelKind.HLN_MAIN, java.time.LocalDate.now(clock))
                .meetingId();
        var meeting = meetings.findById(meetingId).orElseThrow();
        assertThat(meeting.indexOfBid(declined)).isNotNegative();
        for (int i = 0; i < meeting.getCases().size(); i++) {
            if (!meeting.getCases().get(i).decided()) {
                panels.decide(meetingId, i, new org.waymark.panels.domain.PanelCase.Decision(
                        org.waymark.panels.domain.PanelOutcome.DECLINED, null, null, null, null,
                        "Evidence does not yet show needs at HLN"));
            }
        }
        panels.close(meetingId);
        letters.generate(meetingId, (done, of) -> { });
        long letterId = jdbc.sql("SELECT id FROM decision_letter WHERE panel_meeting_id = :m AND pupil_id = :p")
                .param("m", meetingId).param("p", declinedPupil).query(Long.class).single();
        fixtures.put(Kind.LETTER, fixture(letterId, declinedPupil));
        fixtures.put(Kind.DECIDED_BID, fixture(declined, declinedPupil));
        fixtures.put(Kind.PANEL_MEETING, fixture(meetingId, declinedPupil));
        SignIn.as(accounts, "head");
        fixtures.put(Kind.APPEAL, fixture(appeals.ask(appealed, "The pupil also needs two adults for personal care."),
                appealedPupil));

        long afnBid = bidScenarios.submittedAfn();
        long afnPupil = bids.open(afnBid).bid().getPupilId();
        SignIn.as(accounts, "family.senco");
        moderation.agree(afnBid, moderation.versionForDecision(afnBid), "AFN_MEDIUM", new java.math.BigDecimal("4500"),
                "Two key themes at AFN");
        long afnId = jdbc.sql("SELECT MAX(id) FROM allocation WHERE stream = 'AFN' AND pupil_id = :p")
                .param("p", afnPupil).query(Long.class).single();
        fixtures.put(Kind.AFN, fixture(afnId, afnPupil));

        long assessmentId = ehcScenarios.recorded(java.time.LocalDate.now(clock));
        fixtures.put(Kind.EHC_ASSESSMENT, fixture(assessmentId, ehcScenarios.pupilOf(assessmentId)));
        makeWalesAndScotlandFixtures();
    }

    /**
     * Wales's and Scotland's records, made through the services as the demo's staff: a request for
     * equipment, a disagreement, a referral received, and an exceptional mid-term hours request.
     */
    private void makeWalesAndScotlandFixtures() {
        // a new pupil: the ALN scenarios' fresh pupils do not look at equipment requests
        long equipmentPupil = demoPupils.enrolAt(AlnScenarios.SCHOOL);
        SignIn.as(accounts, "senco.cy");
        fixtures.put(Kind.EQUIPMENT, fixture(equipment.request(equipmentPupil, "Reading pen",
                "Reads the words aloud so that the pupil can follow the class text.", new java.math.BigDecimal("180")),
                equipmentPupil));
        long disagreementPupil = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        fixtures.put(Kind.DISAGREEMENT, fixture(disagreements.log(disagreementPupil,
                new org.waymark.aln.domain.DisagreementRules.ConcernInput(
                        org.waymark.aln.domain.DisagreementTopic.ALN_DECISION, java.time.LocalDate.now(clock),
                        "The young person disagrees with the decision of no ALN.")), disagreementPupil));
        long referralPupil = alnScenarios.freshPupil(AlnScenarios.SCHOOL);
        SignIn.as(accounts, "caseworker.cy");
        fixtures.put(Kind.REFERRAL, fixture(referrals.record(new org.waymark.aln.service.ReferralService.ReceivedInput(
                referralPupil, org.waymark.aln.domain.ReferralSource.PARENT, "Mrs Sian Morgan",
                java.time.LocalDate.now(clock), "Her son struggles to read and to write his name.")), referralPupil));
        long midTermPupil = asnScenarios.earlyYearsPupilWithPlan(java.time.LocalDate.now(clock));
        fixtures.put(Kind.MID_TERM, fixture(asnScenarios.submittedMidTerm(midTermPupil), midTermPupil));
    }

    private Fixture fixture(long id, long pupilId) {
        long school = jdbc.sql("SELECT school_id FROM pupil WHERE id = :p").param("p", pupilId).query(Long.class)
                .single();
        return new Fixture(id, pupilId, school);
    }

    /** The pages the table opens by their route, by class name (for the coverage check). */
    static Set<String> routesCovered() {
        Set<String> views = new java.util.TreeSet<>();
        new FeatureAuthorizationMatrixIT().operations().stream().filter(op -> op.effect() == Effect.ROUTE)
                .forEach(op -> views.add(op.service().getSimpleName()));
        return views;
    }

    /** The service methods the table drives, as "Class#method" (for the coverage check). */
    static Set<String> covered() {
        Set<String> keys = new java.util.TreeSet<>();
        new FeatureAuthorizationMatrixIT().operations().stream().filter(op -> op.effect() != Effect.ROUTE)
                .forEach(op -> op.methods()
                .forEach(m -> keys.add(op.service().getSimpleName() + "#" + m)));
        return keys;
    }
}
