package org.waymark.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.waymark.base.domain.Nation;
import org.waymark.organisation.domain.Governance;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.domain.Phase;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.domain.SchoolFamily;
import org.waymark.organisation.domain.SchoolFamilyRepository;
import org.waymark.organisation.domain.SchoolRepository;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRepository;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.ras.domain.Converter;
import org.waymark.ras.domain.OutcomesCsv;
import org.waymark.ras.domain.OutcomesStatus;
import org.waymark.ras.domain.RasCase;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasCaseStatus;
import org.waymark.ras.domain.RasFit;
import org.waymark.ras.domain.RasFitRepository;
import org.waymark.ras.domain.RasFramework;
import org.waymark.ras.domain.RasFrameworkRepository;
import org.waymark.ras.domain.RasOutcomeReview;
import org.waymark.ras.domain.RasOutcomes;
import org.waymark.ras.domain.RasPastCase;
import org.waymark.ras.domain.RasPastCaseRepository;
import org.waymark.ras.domain.RasProvision;
import org.waymark.ras.domain.RasRate;
import org.waymark.ras.domain.RasRoute;
import org.waymark.ras.domain.RasScore;
import org.waymark.ras.domain.RasSettings;
import org.waymark.ras.domain.RasSettingsRepository;
import org.waymark.ras.domain.RasStepKind;

/**
 * The RAS repositories (issue 18, V34), run unchanged on H2 in MySQL mode and on a real
 * MySQL-compatible server: an outcome framework's CSV content with its versions, settings with their
 * rates exact, past cases, a converter fit adopted, a case with its scores, steps and costed
 * provision through to the panel, a panel case that names its RAS case, and optimistic locking.
 */
abstract class RasRepositoryContract {

    // whole seconds: MariaDB's driver here keeps whole seconds (see AlnRepositoryContract)
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired LocalAuthorityRepository authorities;
    @Autowired SchoolFamilyRepository families;
    @Autowired SchoolRepository schools;
    @Autowired PupilRepository pupils;
    @Autowired RasFrameworkRepository frameworks;
    @Autowired RasSettingsRepository settings;
    @Autowired RasPastCaseRepository past;
    @Autowired RasFitRepository fits;
    @Autowired RasCaseRepository cases;
    @Autowired PanelMeetingRepository meetings;

    long laId;
    long schoolId;
    long pupilId;
    RasOutcomes outcomes;

    @BeforeEach
    void organisation() throws Exception {
        LocalAuthority la = LocalAuthority.create("R" + System.nanoTime() % 100000, "Testmoor County Council", null,
                Nation.ENGLAND, Set.of(Scheme.RESOURCE_ALLOCATION));
        laId = authorities.save(la).getId();
        long familyId = families.save(SchoolFamily.create(laId, "Vale")).id();
        schoolId = schools.save(School.create(laId, familyId, "7001", "Vale Primary", Phase.PRIMARY,
                Governance.MAINTAINED, false, 200, false)).id();
        PupilDetails d = new PupilDetails();
        d.setFirstName("Ellie");
        d.setLastName("Ashby");
        d.setDateOfBirth(LocalDate.of(2017, 5, 1));
        d.setYearGroup(YearGroup.Y4);
        d.setPrimaryNeed(AreaOfNeed.COGNITION_LEARNING);
        d.setAreasOfNeed(EnumSet.of(AreaOfNeed.COGNITION_LEARNING));
        pupilId = pupils.save(Pupil.enrol(d, laId, schoolId, LocalDate.of(2022, 9, 1), NOW)).getId();
        try (var in = getClass().getResourceAsStream("/demo/ras-outcomes.csv")) {
            outcomes = OutcomesCsv.read(in.readAllBytes()).outcomes().orElseThrow();
        }
    }

    long publishedFramework() {
        RasFramework f = RasFramework.draft(laId, 1, outcomes, "admin", NOW);
        f.publish("admin", NOW);
        return frameworks.save(f).getId();
    }

    @Test
    void a_framework_keeps_its_outcomes_and_versions() {
        long id = publishedFramework();
        RasFramework draft = frameworks.save(RasFramework.draft(laId, 2, outcomes, "admin", NOW));
        RasFramework loaded = frameworks.findById(id).orElseThrow();
        assertThat(loaded.outcomes()).isEqualTo(outcomes);
        assertThat(loaded.getPublishedAt()).isEqualTo(NOW);
        assertThat(OutcomesCsv.read(loaded.getContent().getBytes(StandardCharsets.UTF_8)).outcomes()).contains(outcomes);
        assertThat(frameworks.findFirstByLocalAuthorityIdAndStatus(laId, OutcomesStatus.PUBLISHED))
                .map(RasFramework::getId).contains(id);
        assertThat(frameworks.findByLocalAuthorityIdOrderByVersionNoDesc(laId)).extracting(RasFramework::getVersionNo)
                .containsExactly(2, 1);
        RasFramework stale = frameworks.findById(draft.getId()).orElseThrow();
        RasFramework fresh = frameworks.findById(draft.getId()).orElseThrow();
        fresh.publish("admin", NOW);
        frameworks.save(fresh);
        assertThatThrownBy(() -> frameworks.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void settings_keep_their_rates_exact_and_past_cases_and_fits_round_trip() {
        settings.save(RasSettings.of(laId, new BigDecimal("10363.00"), 39, List.of(
                new RasRate("TA", "Teaching assistant", new BigDecimal("15.71")),
                new RasRate("MDS", "Midday supervisor", new BigDecimal("12.00")))));
        RasSettings s = settings.findByLocalAuthorityId(laId).orElseThrow();
        assertThat(s.getSignOffLimit()).isEqualByComparingTo("10363.00");
        assertThat(s.rate("TA").orElseThrow().hourlyRate()).isEqualByComparingTo("15.71");
        assertThat(s.getRates()).extracting(RasRate::code).containsExactly("TA", "MDS");

        past.saveAll(List.of(new RasPastCase(null, laId, "P-1", 12, new BigDecimal("2500.00"), LocalDate.of(2025, 3, 1)),
                new RasPastCase(null, laId, "P-2", 40, new BigDecimal("8125.50"), LocalDate.of(2025, 6, 1))));
        assertThat(past.countByLocalAuthorityId(laId)).isEqualTo(2);
        Converter.Fit fit = Converter.fit(past.findByLocalAuthorityId(laId).stream().map(RasPastCase::past).toList(),
                10, 80);
        RasFit kept = RasFit.of(laId, fit, "personalisation", NOW);
        kept.adopt("personalisation", NOW);
        fits.save(kept);
        RasFit loaded = fits.findFirstByLocalAuthorityIdAndAdoptedTrue(laId).orElseThrow();
        assertThat(loaded.fit()).isEqualTo(fit);
        assertThat(loaded.getAdoptedAt()).isEqualTo(NOW);
    }

    @Test
    void a_case_round_trips_with_its_scores_steps_and_costed_provision_and_a_panel_case_names_it() {
        long frameworkId = publishedFramework();
        RasCase c = RasCase.open(laId, pupilId, schoolId, frameworkId, RasCaseKind.ANNUAL_REVIEW, "KS3",
                LocalDate.of(2027, 2, 1), List.of("Reads aloud in class"), "caseworker", "annual review", NOW);
        c.reviewOutcomes(List.of(new RasOutcomeReview("Reads aloud in class", OutcomeProgress.ACHIEVED,
                "Reads to the class, “weekly”")), "caseworker", NOW);
        List<RasScore> scores = new java.util.ArrayList<>(List.of(new RasScore("COMMUNICATION", 2,
                "SALT report, “March”"), new RasScore("LEARNING", 1, "EP")));
        outcomes.outcomes().stream().skip(2).forEach(o -> scores.add(new RasScore(o.code(), 0, "")));
        c.score(scores, outcomes, "caseworker", NOW);
        c.submit(outcomes, "caseworker", NOW.plusSeconds(1));
        c.verify("lead", "", NOW);
        c.moderate(7, new BigDecimal("3000.00"), null, "", "officer", NOW);
        c.cost("To join class discussion", List.of(new RasProvision("TA", "Teaching assistant",
                new BigDecimal("15.71"), new BigDecimal("7.5"), 39)), "Shared lunch support tried", "caseworker", NOW);
        c.route(new BigDecimal("10363"), false, "caseworker", NOW);
        long id = cases.save(c).getId();

        RasCase loaded = cases.findById(id).orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(RasCaseStatus.AT_PANEL);
        assertThat(loaded.getRoute()).isEqualTo(RasRoute.PANEL);
        assertThat(loaded.getReviewOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(loaded.getScores()).hasSize(10).startsWith(new RasScore("COMMUNICATION", 2,
                "SALT report, “March”"), new RasScore("LEARNING", 1, "EP"));
        assertThat(loaded.getPoints()).isEqualTo(9);
        assertThat(loaded.getOutcomeReviews()).containsExactly(new RasOutcomeReview("Reads aloud in class",
                OutcomeProgress.ACHIEVED, "Reads to the class, “weekly”"));
        assertThat(loaded.getSteps()).extracting(s -> s.step()).containsExactly(RasStepKind.OPENED,
                RasStepKind.OUTCOMES_REVIEWED, RasStepKind.SCORED, RasStepKind.SUBMITTED, RasStepKind.VERIFIED, RasStepKind.MODERATED,
                RasStepKind.COSTED, RasStepKind.ROUTED);
        assertThat(loaded.getSteps().get(3).actedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(loaded.getProvisions().getFirst().hoursAWeek()).isEqualByComparingTo("7.5");
        assertThat(loaded.getTotalCost()).isEqualByComparingTo("4595.18");
        assertThat(loaded.getIndicative()).isEqualByComparingTo("3000.00");
        assertThat(cases.findByLocalAuthorityIdAndStatusIn(laId, List.of(RasCaseStatus.AT_PANEL)))
                .extracting(RasCase::getId).containsExactly(id);
        assertThat(cases.findByPupilIdOrderByOpenedAtDesc(pupilId)).extracting(RasCase::getId).containsExactly(id);

        PanelMeeting meeting = PanelMeeting.open(laId, PanelKind.SEND_RESOURCE, LocalDate.of(2026, 11, 25), List.of(),
                "caseworker", NOW);
        meeting.list(PanelCase.rasCase(pupilId, schoolId, id), Set.of());
        long meetingId = meetings.save(meeting).getId();
        assertThat(meetings.findById(meetingId).orElseThrow().getCases()).singleElement()
                .satisfies(pc -> assertThat(pc.rasCaseId()).isEqualTo(id));

        RasCase stale = cases.findById(id).orElseThrow();
        RasCase fresh = cases.findById(id).orElseThrow();
        fresh.panelDecided(new BigDecimal("5000"), "Agreed", "lead", NOW);
        cases.save(fresh);
        assertThatThrownBy(() -> cases.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
