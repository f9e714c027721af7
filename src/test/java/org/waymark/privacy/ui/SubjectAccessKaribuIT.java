package org.waymark.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.privacy.service.RetentionService;
import org.waymark.security.service.SystemUser;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's data-protection page: the export for a child of the authority only, and the run reports. */
class SubjectAccessKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired RetentionService retention;
    @Autowired SystemUser systemUser;

    @Test
    void the_export_is_offered_for_a_child_of_the_authority_and_refused_beside_the_field_otherwise() {
        long own = demo.enrolAt("Larkfield Primary School");
        long other = demo.enrolAt(jdbcSchool("senco.gl"));
        login("admin");
        UI.getCurrent().navigate(SubjectAccessView.class);
        SubjectAccessView view = _get(SubjectAccessView.class);

        view.recordNumber.setValue((int) other);
        view.prepare.click();
        assertThat(view.recordNumber.isInvalid()).isTrue();
        assertThat(view.recordNumber.getErrorMessage()).isEqualTo("There is no child with this record number in your authority.");
        assertThat(_find(Anchor.class, spec -> spec.withId("subject-access-link"))).isEmpty();

        view.recordNumber.setValue((int) own);
        view.prepare.click();
        assertThat(view.recordNumber.isInvalid()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("subject-access-link")).getText())
                .isEqualTo("Download the export for record " + own);
    }

    @Test
    void the_run_reports_are_listed_for_the_administrator_and_the_page_is_refused_to_others() {
        systemUser.run(() -> retention.run(LocalDate.of(2026, 11, 18)));
        login("admin");
        UI.getCurrent().navigate(SubjectAccessView.class);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(SubjectAccessView.class).runs))
                .isGreaterThanOrEqualTo(1);
        login("senco");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SubjectAccessView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String jdbcSchool(String username) {
        return jdbc.sql("SELECT s.name FROM school s JOIN app_user u ON u.school_id = s.id WHERE u.username = :u")
                .param("u", username).query(String.class).single();
    }
}
