package org.waymark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.domain.RasCaseRepository;
import org.waymark.ras.domain.RasScore;
import org.waymark.ras.service.RasCaseService;
import org.waymark.ras.service.RasReviewService;
import org.waymark.security.service.AccountService;

/** RAS cases in the demo RAS county (logins ".gl"), made through the services, for the RAS tests. */
@Component
public class RasScenarios {

    public static final String SCHOOL = "Coldwater Primary School";
    public static final String[] CODES = {"COMMUNICATION", "LEARNING", "RELATIONSHIPS", "WELLBEING", "SAFETY",
            "ACCESS", "SELF_CARE", "HEALTH", "COMMUNITY", "NEXT_STEPS"};

    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired RasCaseService cases;
    @Autowired RasReviewService review;
    @Autowired RasCaseRepository repository;

    /** A pupil of the RAS county's first school with no RAS case and no parent login. */
    public long freshPupil() {
        return jdbc.sql("SELECT p.id FROM pupil p JOIN school s ON s.id = p.school_id WHERE s.name = :name"
                        + " AND NOT EXISTS (SELECT 1 FROM ras_case c WHERE c.pupil_id = p.id)"
                        + " AND p.id NOT IN (SELECT pupil_id FROM linked_child) ORDER BY p.id DESC LIMIT 1")
                .param("name", SCHOOL).query(Long.class).single();
    }

    /** Scores for the ten demo outcomes at these levels, each difficulty with its evidence. */
    public static List<RasScore> scores(int... levels) {
        return java.util.stream.IntStream.range(0, CODES.length).mapToObj(i -> {
            int level = i < levels.length ? levels[i] : 0;
            return new RasScore(CODES[i], level, level == 0 ? "" : "Educational psychologist's report");
        }).toList();
    }

    public int version(long caseId) {
        return Objects.requireNonNull(repository.findById(caseId).orElseThrow().getVersion());
    }

    public long opened(long pupilId) {
        SignIn.as(accounts, "caseworker.gl");
        return cases.open(pupilId, RasCaseKind.ASSESSMENT, null);
    }

    public long submitted(long pupilId, int... levels) {
        long id = opened(pupilId);
        cases.submit(id, version(id), scores(levels));
        return id;
    }

    public long verified(long pupilId, int... levels) {
        long id = submitted(pupilId, levels);
        SignIn.as(accounts, "lead.send.gl");
        review.verify(id, version(id), "");
        return id;
    }

    /** Verified and moderated at the converter's figure; answers the case id. */
    public long moderated(long pupilId, int... levels) {
        long id = verified(pupilId, levels);
        SignIn.as(accounts, "personalisation.gl");
        review.moderate(id, version(id), null, "");
        return id;
    }

    /** Moderated, then costed with a teaching assistant's hours a week (and 2.5 h midday supervision). */
    public BigDecimal costed(long id, String taHours, String reconsidered) {
        SignIn.as(accounts, "caseworker.gl");
        return cases.cost(id, version(id), "To read and write simple sentences by the end of the key stage.",
                List.of(new RasCaseService.ProvisionInput("TA", new BigDecimal(taHours), 39),
                        new RasCaseService.ProvisionInput("MDS", new BigDecimal("2.5"), 39)), reconsidered);
    }
}
