package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;

/**
 * Every public method of every feature service bean ({@code *.service.*Service}) is either an
 * operation of {@link FeatureAuthorizationMatrixIT}'s table or listed here with the reason it is
 * not, so a new service method cannot join the application unnoticed by the authorization matrix
 * (issue 20 point 10). An entry that no longer names a method fails too, so the list stays true.
 * Plain and fast: the classes are read from the build output, no Spring.
 */
class AuthorizationCoverageTest {

    /** The portal's classes, imported once per test JVM (shared with the architecture rules). */
    private static final JavaClasses CLASSES = org.waymark.ProductionClasses.all();

    // ---- the reasons a method is not in the matrix ----
    static final String BASE = "no child's record: organisation, calendars, frameworks, settings, accounts or the"
            + " caller's own notices and sign-in";
    static final String FIGURES = "counts and amounts of the caller's own school, family or authority, no child's"
            + " record; the scope is the caller's own (no id to pass)";
    static final String OWN_LIST = "a list of the caller's own school, family, authority or work, scoped in its query"
            + " by the caller's scope: it takes no id of another's record (the matrix's search cells show the"
            + " scoping for pupils)";
    static final String PORT = "a port other features call after checking the record themselves (isAuthenticated()"
            + " only): views do not call it with an id of their own";
    static final String API = "the API's clients (API key, not a user): scoped to the client's authority and"
            + " covered by api/ApiIT";
    static final String ADMIN_JOB = "a job or an administrator's tool of the caller's authority (retention, imports,"
            + " registers), refusing other authorities in its own tests";
    static final String OWN_STEP = "a step on the caller's own authority's standing panel or a new meeting of the"
            + " caller's own family or authority, found from the caller's scope: it takes no id of another's record (a"
            + " person to seat must be a staff member of the caller's own authority, or the step is refused as"
            + " unknown: CaseworkRefusalsIT tries another authority's officer)";
    static final String SEAT = "decided by whoever holds the chair's or group manager's seat on the authority's main"
            + " panel: a person's seat, not a role, and the matrix's users are made for the cell and hold none;"
            + " CaseworkRefusalsIT refuses an unseated officer of the child's authority and one of another authority,"
            + " each audited against the child, and InterimKaribuIT a seated member who is not chair";

    /** "Class#method" → why the method is not a row of the matrix. */
    static final Map<String, String> EXCLUDED = new LinkedHashMap<>();

    static void exclude(String reason, String type, String... methods) {
        for (String method : methods) {
            String key = type + "#" + method;
            if (EXCLUDED.put(key, reason) != null) {
                throw new IllegalStateException("listed twice: " + key);
            }
        }
    }

    static {
        exclude(BASE, "AccountService", "loadUserByUsername", "updatePassword", "sessionUser", "recordFailedLogin",
                "recordSuccessfulLogin", "countUsersOfOwnAuthority", "changeLanguage", "myMailSettings",
                "changeMyMailSettings", "mailRecipient", "staffOfOwnAuthority", "displayNames", "people");
        exclude(PORT, "AccountService", "parentsOf", "holdersAtSchool", "holdersInAuthority", "holdersInFamily");
        exclude(BASE, "PasswordService", "changeOwn", "newPasswordProblems", "resetWithCode");
        exclude(BASE, "TwoStepService", "status", "beginEnrolment", "confirmEnrolment", "verify", "check",
                "enrolForDemo", "turnOff");
        exclude(BASE, "CalendarService", "authority", "saveTerm", "removeTerm", "importTerms", "saveBreak",
                "removeBreak", "bankHolidays", "addBankHoliday", "importBankHolidays");
        exclude(BASE, "OrganisationService", "schemes", "nation", "schoolScope", "familyOfCaller", "schoolOfRecord", "familyOfRecord",
                "school", "family", "ownAuthority", "schoolsInScope", "schoolsOfFamily", "schoolsOfOwnAuthority",
                "familiesOfOwnAuthority", "schoolNames", "bankHolidayCount", "bankHolidays", "calendarOf",
                "authorityIds", "authority");
        exclude(BASE, "AuthorityContactService", "mayChange", "contact", "changeContact");
        exclude(BASE, "DescriptorFrameworkService", "list", "open", "importNew", "importInto", "export",
                "editDescriptor", "markNoDescriptor", "editLevel", "changeThreshold", "publish", "copyToNextYear",
                "publishedFor", "forBid");
        exclude(BASE, "RasFrameworkService", "versions", "importDraft", "export", "publish", "settings",
                "changeSettings");
        exclude(FIGURES, "ConverterService", "current", "preview", "adopt");
        exclude(BASE, "AsnSettingsService", "mayChange", "form", "change");
        exclude(BASE, "ApiClientService", "clients", "schools", "register", "registerForDemo", "setEnabled",
                "rotateKey");
        exclude(API, "ApiService", "pupils", "pupil", "plans", "allocations", "letters", "createPupil");
        exclude(BASE, "NoticeService", "send", "sendAbout", "told", "mailConfigured", "mine", "unreadCount",
                "markRead", "markAllRead");
        exclude(OWN_LIST, "WorkQueueService", "mine");
        exclude(FIGURES, "HomeService", "figures");
        exclude(FIGURES, "FamilyBudgetService", "lines", "set", "budgetOf");
        exclude(FIGURES, "ReturnsService", "returnOfCaller", "sen2", "idpCount");
        exclude(FIGURES, "WhatIfService", "levels", "whatIf");
        exclude(FIGURES, "DashboardService", "choices", "dashboard", "csv");
        exclude(FIGURES, "ProvisionReportService", "alpBySchool", "alpCsv");
        exclude(OWN_LIST, "DataProtectionService", "accessLog", "accessLogCsv");
        exclude(ADMIN_JOB, "RetentionService", "runDue", "run", "latestRuns", "pupilYears");
        exclude(ADMIN_JOB, "AuthorityNamesService", "unmatched", "resolve");
        exclude(ADMIN_JOB, "PupilBulkService", "registerForImport", "numbersHeldElsewhere", "nationOf", "check",
                "importNew", "importNewAll", "importUpdate", "addedNow", "importedNow", "removeImported", "restoreImported");
        exclude(ADMIN_JOB, "PupilImportService", "preview", "apply", "applyForDemo", "sampleFile", "mayRecordMoves");
        exclude(ADMIN_JOB, "ImportUndoService", "recent", "undoDays", "preview", "undo");
        exclude(ADMIN_JOB, "CtfExportService", "offeredToCaller", "of");
        exclude(BASE, "CtfExportService", "destinationProblem");
        exclude(OWN_LIST, "StageExportService", "mayExport", "stagesCsv");

        // pupils
        exclude(OWN_LIST, "PupilService", "page", "gridColumns", "statistics", "countInOwnAuthority", "stageRecords",
                "schoolForNewPupils", "mayImportPupils", "yearGroupsOfOwnAuthority", "inListScope");
        exclude(PORT, "PupilService", "accessScope", "nameOf", "knownAsOf", "namesOf", "namesAtSchoolsOf", "facts");
        exclude(BASE, "PupilService", "nationOfSchool");
        // plans
        exclude(OWN_LIST, "PlanService", "reviews", "attachmentSizeLimit");
        // bids and moderation
        exclude(OWN_LIST, "BidService", "list", "schoolsInScope", "levelCodes", "attachmentSizeLimit");
        exclude(PORT, "BidService", "pupilOf");
        exclude(OWN_LIST, "BidWizardService", "pupilsToBidFor", "mayStartBids");
        exclude(OWN_LIST, "BidModerationService", "submittedToFamily", "agendaLines", "agreedAfn");
        exclude(OWN_LIST, "BidHearingService", "forwardedToAuthority");
        exclude(OWN_LIST, "ModerationService", "meetingsOfMyFamily", "virements");
        exclude(OWN_STEP, "ModerationService", "open");
        exclude(OWN_LIST, "FamilyMoneyService", "budgetOfMyFamily", "pupilsOfMyFamily");
        // panels and letters
        exclude(OWN_LIST, "PanelService", "panels", "candidates", "meetings", "levelsFor");
        exclude(OWN_STEP, "PanelService", "seat", "unseat", "open");
        exclude(OWN_STEP, "PanelMakeUpService", "ofStandingPanel");
        exclude(OWN_LIST, "AppealService", "appealable", "mine");
        exclude(OWN_LIST, "InterimService", "mayDecide", "list");
        exclude(SEAT, "InterimService", "decide", "toldOfDecision");
        exclude(OWN_LIST, "LetterService", "due");
        // allocations and statements
        exclude(PORT, "AllocationService", "onFundingDecided", "onPupilMoved", "heldOn", "linesAtSchool", "pupilLines",
                "heldByPupil", "linesAtSchoolBetween", "openedBy");
        exclude(OWN_LIST, "AllocationService", "ledger");
        exclude(OWN_LIST, "FamilyFundingService", "highNeedsOfFamily", "afnToReturn", "returnedAfn");
        exclude(FIGURES, "StatementService", "endedTerms", "schoolStatement", "showsHours", "schoolHours",
                "councilHours", "councilHoursCsv", "familyStatement", "families", "recoupment", "csv", "pdf");
        // Welsh ALN
        exclude(OWN_LIST, "DisagreementService", "openForMe");
        exclude(OWN_LIST, "EquipmentService", "inFlight", "attachmentSizeLimit");
        exclude(OWN_LIST, "ReferralService", "lists", "callerIsOfficer");
        // Scottish assistant hours
        exclude(OWN_LIST, "HoursRequestService", "mayStartRequests", "pupilsToRequestFor", "requestsOfMySchool",
                "attachmentSizeLimit");
        exclude(OWN_LIST, "MidTermService", "requests");
        exclude(OWN_LIST, "MoveService", "moves");
        exclude(OWN_LIST, "ScrutinyService", "schools");
        // RAS
        exclude(OWN_LIST, "RasCaseService", "cases", "pupilsToOpen");
        // EHC needs assessments (England)
        exclude(OWN_LIST, "AssessmentListService", "lists", "myDueSteps");
        exclude(OWN_LIST, "AssessmentService", "caseworkers");
        exclude(OWN_LIST, "EhcRequestService", "myChildren", "mine", "attachmentSizeLimit");
    }

    /** The feature services: Spring beans in a service package whose name ends in Service. */
    static List<JavaClass> services() {
        return CLASSES.stream()
                .filter(c -> c.getPackageName().matches("org\\.waymark\\.[a-z]+\\.service"))
                .filter(c -> c.getSimpleName().endsWith("Service") && c.isTopLevelClass())
                .filter(c -> c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Component.class))
                .toList();
    }

    /** "Class#method" of every public instance method a service declares. */
    static Set<String> publicMethods() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass service : services()) {
            for (JavaMethod method : service.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    keys.add(service.getSimpleName() + "#" + method.getName());
                }
            }
        }
        return keys;
    }

    @Test
    void every_public_service_method_is_in_the_matrix_or_excluded_with_a_reason() {
        Set<String> covered = FeatureAuthorizationMatrixIT.covered();
        Set<String> missing = new TreeSet<>(publicMethods());
        missing.removeAll(covered);
        missing.removeAll(EXCLUDED.keySet());
        assertThat(missing).as("service methods neither in FeatureAuthorizationMatrixIT's table nor excluded here"
                + " with a reason").isEmpty();
    }

    // ---- pages opened by a record's id (issue 20 point 10: every view) ----
    static final String EDITOR = "an editor of a record whose page is a row: it opens the same service read (bids.open,"
            + " plans.open, the hours request's open), whose row tries every role and place, and refuses anyone the read"
            + " does not name as a writer of the record now";
    static final String MEETING_PAGE = "a meeting's or a school's page: its service read (the meeting's details, the"
            + " panel meeting, the school's scrutiny) is a row of the matrix keyed on the meeting or school";
    /** Routes with a record's id that the matrix does not open, each with why: route class → reason. */
    static final Map<String, String> ROUTES_EXCLUDED = Map.of(
            "BidWizardView", EDITOR,
            "PlanEditorView", EDITOR,
            "HoursRequestFormView", EDITOR,
            "RasReportsView", "a RAS setting's evidence page: its read (RasEvidenceService.settingCase) is a row of"
                    + " the matrix",
            "MeetingView", MEETING_PAGE,
            "PanelMeetingView", MEETING_PAGE,
            "SchoolScrutinyView", MEETING_PAGE,
            "FrameworkEditorView", BASE);

    /** Views whose route takes a record's id ({@code :param}). */
    static Set<String> routesWithAnId() {
        Set<String> views = new TreeSet<>();
        for (JavaClass view : CLASSES) {
            if (view.isAnnotatedWith(com.vaadin.flow.router.Route.class)
                    && view.getAnnotationOfType(com.vaadin.flow.router.Route.class).value().contains(":")) {
                views.add(view.getSimpleName());
            }
        }
        return views;
    }

    @Test
    void every_page_opened_by_a_records_id_is_in_the_matrix_or_excluded_with_a_reason() {
        Set<String> routes = routesWithAnId();
        Set<String> covered = FeatureAuthorizationMatrixIT.routesCovered();
        assertThat(routes).as("the scan finds the record pages").contains("PupilDetailsView", "BidView", "PlanView");
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(covered);
        missing.removeAll(ROUTES_EXCLUDED.keySet());
        assertThat(missing).as("record pages neither opened by FeatureAuthorizationMatrixIT nor excluded here").isEmpty();
        assertThat(ROUTES_EXCLUDED.keySet()).as("exclusions naming no record page").isSubsetOf(routes);
        Set<String> both = new TreeSet<>(covered);
        both.retainAll(ROUTES_EXCLUDED.keySet());
        assertThat(both).as("opened by the matrix and excluded too").isEmpty();
    }

    @Test
    void every_row_and_exclusion_names_a_real_method_once() {
        Set<String> methods = publicMethods();
        Set<String> covered = FeatureAuthorizationMatrixIT.covered();
        assertThat(covered).as("matrix rows naming no public service method").isSubsetOf(methods);
        assertThat(EXCLUDED.keySet()).as("exclusions naming no public service method").isSubsetOf(methods);
        Set<String> both = new TreeSet<>(covered);
        both.retainAll(EXCLUDED.keySet());
        assertThat(both).as("in the matrix and excluded too").isEmpty();
        // the scan finds the services (a broken filter would make the check vacuous)
        assertThat(services()).extracting(JavaClass::getSimpleName)
                .contains("BidService", "RasCaseService", "AlnService", "HoursRequestService", "LetterService",
                        "AllocationService", "PlanService", "PupilService");
    }

    @Test
    void prints_the_coverage() {
        Map<String, Long> byReason = new LinkedHashMap<>();
        EXCLUDED.values().forEach(r -> byReason.merge(r.substring(0, Math.min(40, r.length())), 1L, Long::sum));
        System.out.printf("authorization coverage: %d public service methods, %d in the matrix, %d excluded %s%n",
                publicMethods().size(), FeatureAuthorizationMatrixIT.covered().size(), EXCLUDED.size(), byReason);
        assertThat(FeatureAuthorizationMatrixIT.covered().size() + EXCLUDED.size()).isEqualTo(publicMethods().size());
    }
}
