package org.waymark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnDecisionRepository;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.ProgressMeasure;
import org.waymark.aln.service.AlnService;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.service.AccountService;

/**
 * The Welsh demo county's pupils for ALN tests, each used once: a pupil of the demo ALNCo's school
 * with no ALN record yet, no linked parent and neither looked after nor dually registered; such a
 * pupil made looked after (through the pupil service, as the school would record it); a concern
 * recorded and decided through the ALN service as the ALNCo.
 */
@Component
public class AlnScenarios {

    public static final String SCHOOL = "Ysgol Gymraeg Pen-y-bryn";
    public static final String OTHER_SCHOOL = "Cwm Tawel Primary School";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AlnService aln;
    private final AlnDecisionRepository decisions;
    private final PupilService pupils;
    private final DemoPupils demo;

    AlnScenarios(JdbcClient jdbc, AccountService accounts, AlnService aln, AlnDecisionRepository decisions,
                 PupilService pupils, DemoPupils demo) {
        this.demo = demo;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.aln = aln;
        this.decisions = decisions;
        this.pupils = pupils;
    }

    /** A pupil at the school with no ALN record, no referral or disagreement, no plan of a Welsh type in force, no parent, not looked after or dually registered. */
    public long freshPupil(String school) {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                        + " AND p.looked_after = FALSE AND p.dual_registered = FALSE"
                        + " AND NOT EXISTS (SELECT 1 FROM aln_decision d WHERE d.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM aln_referral r WHERE r.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM aln_disagreement g WHERE g.pupil_id = p.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM support_plan sp WHERE sp.pupil_id = p.id)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .param("name", school).query(Long.class).optional().orElseGet(() -> demo.enrolAt(school));
    }

    /** A fresh pupil of the demo ALNCo's school whom the school records as looked after by the county. */
    public long lookedAfterPupil() {
        long pupilId = freshPupil(SCHOOL);
        SignIn.as(accounts, "senco.cy");
        PupilService.EditablePupil editable = pupils.forEditing(pupilId);
        PupilDetails details = editable.details();
        details.setLookedAfter(true);
        details.setLookedAfterBy("681");
        pupils.update(pupilId, editable.version(), details, true);
        return pupilId;
    }

    /** A concern about the pupil recorded by the demo ALNCo; answers the case's id. */
    public long concern(long pupilId) {
        SignIn.as(accounts, "senco.cy");
        return aln.raiseConcern(pupilId, new AlnRules.ConcernInput(ConcernSource.TEACHER, "Mr Rhys Davies, Year 4",
                LocalDate.of(2026, 10, 5), "Reading well behind the class despite the phonics group."));
    }

    public int version(long decisionId) {
        AlnDecision d = decisions.findById(decisionId).orElseThrow();
        return d.getVersion() == null ? 0 : d.getVersion();
    }

    /** A decision input: both limbs of test 1 and test 2 as given, with evidence and reasons. */
    public static AlnRules.DecisionInput input(boolean difficulty, boolean disability, Boolean callsForAlp) {
        return new AlnRules.DecisionInput(difficulty ? Set.of(ProgressMeasure.SLOWER_THAN_PEERS) : Set.of(),
                "Reading age 6 years 2 months at 8 years 11 months; the class average is 8 years 10 months.",
                "Daily phonics in a small group since September; a reading buddy; coloured overlays.",
                difficulty, disability, "Progress much slower than the class despite the phonics group.", callsForAlp,
                "Needs a structured literacy programme one to one every day, different from the class’s teaching.");
    }

    public static BigDecimal hours(String hours) {
        return new BigDecimal(hours);
    }
}
