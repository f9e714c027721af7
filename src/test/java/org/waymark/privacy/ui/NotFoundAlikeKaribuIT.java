package org.waymark.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.base.domain.NotFoundException;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.base.ui.RecordNotFoundView;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.ErrorParameter;

/**
 * No probing for records (issue 20 point 8): a pupil or plan of another authority, opened by
 * its address, answers exactly as an id that does not exist — same page, same status — while
 * the refusal is still audited.
 */
class NotFoundAlikeKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService plans;

    /** What the page shows: its id and every text in it. */
    private static String shown() {
        VerticalLayout page = _find();
        return page.getId().orElse("") + "|" + page.getElement().getTextRecursively();
    }

    private static VerticalLayout _find() {
        List<AccessRefusedView> refused = com.github.mvysny.kaributesting.v10.LocatorJ._find(AccessRefusedView.class);
        if (!refused.isEmpty()) {
            return refused.getFirst();
        }
        return _get(RecordNotFoundView.class);
    }

    @Test
    void another_authoritys_pupil_and_plan_look_exactly_like_ones_that_do_not_exist() {
        long otherAuthorityPupil = demo.enrolAt(otherSchool());
        login("senco.gl");
        long otherPlan = plans.startPlan(otherAuthorityPupil, PlanType.SEN_SUPPORT);

        login("senco");
        long before = demo.auditCount("senco", "READ", otherAuthorityPupil, "DENIED");
        UI.getCurrent().navigate("pupils/" + Long.MAX_VALUE);
        String missing = shown();
        UI.getCurrent().navigate("pupils/" + otherAuthorityPupil);
        String refused = shown();
        assertThat(refused).isEqualTo(missing).startsWith("record-not-found|");
        assertThat(demo.auditCount("senco", "READ", otherAuthorityPupil, "DENIED")).isEqualTo(before + 1);

        UI.getCurrent().navigate("plans/" + Long.MAX_VALUE);
        String missingPlan = shown();
        UI.getCurrent().navigate("plans/" + otherPlan);
        assertThat(shown()).isEqualTo(missingPlan).isEqualTo(missing);
    }

    @Test
    void the_refusal_page_answers_404_as_the_not_found_page_does() {
        login("senco");
        int refused = new AccessRefusedView().setErrorParameter(null,
                new ErrorParameter<>(AccessDeniedException.class, new AccessDeniedException("pupil 1")));
        int missing = new RecordNotFoundView().setErrorParameter(null,
                new ErrorParameter<>(NotFoundException.class, new NotFoundException("pupil 1")));
        assertThat(refused).isEqualTo(missing).isEqualTo(404);
    }

    private String otherSchool() {
        return jdbcSchoolOf("senco.gl");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String jdbcSchoolOf(String username) {
        return jdbc.sql("SELECT s.name FROM school s JOIN app_user u ON u.school_id = s.id WHERE u.username = :u")
                .param("u", username).query(String.class).single();
    }
}
