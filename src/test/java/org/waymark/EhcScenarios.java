package org.waymark;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.ehc.domain.EhcAssessmentRepository;
import org.waymark.ehc.domain.RequestSource;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.security.service.AccountService;

/**
 * The English demo county's pupils for EHC needs assessment tests, each used once: a pupil of a
 * school with no assessment, no plan and no linked parent; a request recorded through the service
 * as the caseworker on a given day.
 */
@Component
public class EhcScenarios {

    public static final String SCHOOL = "Larkfield Primary School";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final EhcRequestService requests;
    private final EhcAssessmentRepository assessments;
    private final DemoPupils demo;

    EhcScenarios(JdbcClient jdbc, AccountService accounts, EhcRequestService requests,
                 EhcAssessmentRepository assessments, DemoPupils demo) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.requests = requests;
        this.assessments = assessments;
    }

    /** A pupil at the school with no EHC assessment, no plan and no linked parent. */
    public long freshPupil(String school) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                        + " AND NOT EXISTS (SELECT 1 FROM ehc_assessment a WHERE a.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id)"
                        // at the school now: new work is not offered for a pupil another test recorded as left
                        + " AND EXISTS (SELECT 1 FROM enrolment e WHERE e.pupil_id = p.id AND e.school_id = s.id"
                        + " AND e.end_date IS NULL)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .param("name", school).query(Long.class).optional().orElseGet(() -> demo.enrolAt(school));
    }

    /** A request for a fresh pupil of the school, recorded by the caseworker as received on {@code on}. */
    public long recorded(LocalDate on) {
        long pupilId = freshPupil(SCHOOL);
        SignIn.as(accounts, "caseworker");
        return requests.record(new EhcRequestService.RequestInput(pupilId, RequestSource.PROFESSIONAL,
                "Dr Priya Nair", "Community paediatrician", "Cerebral palsy; needs help with recording and care.",
                Set.of(AreaOfNeed.SENSORY_MEDICAL_PHYSICAL), on));
    }

    public int version(long assessmentId) {
        Integer v = assessments.findById(assessmentId).orElseThrow().getVersion();
        return v == null ? 0 : v;
    }

    public long pupilOf(long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow().getPupilId();
    }

    /** Denials of an action recorded in the audit trail, by anyone. */
    public long denials(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND outcome = 'DENIED'")
                .param("a", action).query(Long.class).single();
    }
}
