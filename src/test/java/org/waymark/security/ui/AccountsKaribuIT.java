package org.waymark.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoTotp;
import org.waymark.KaribuTest;
import org.waymark.demo.service.DemoDataLoader;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.service.AccountAdministration;
import org.waymark.security.service.TwoStepService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/**
 * DD012: an administrator ends a user's sessions and resets their two-step sign-in — only within
 * their own authority, each audited; other roles may not; a school login turns on two-step
 * sign-in from its own page, and a recovery code works once.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class AccountsKaribuIT extends KaribuTest {

    @Autowired AccountAdministration administration;
    @Autowired AppUserRepository users;
    @Autowired TwoStepService twoStep;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private long audited(String action, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND outcome = :o")
                .param("a", action).param("o", outcome).query(Long.class).single();
    }

    @Test
    void the_administrator_ends_sessions_and_resets_two_step_of_own_authority_only() {
        login("admin");
        UI.getCurrent().navigate(AccountsView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isGreaterThan(5);

        var caseworker = users.findByUsername("caseworker").orElseThrow();
        long id = caseworker.getId();
        assertThat(caseworker.sessionValid(clock.instant().minusSeconds(60))).isTrue();
        long endedBefore = audited("SESSIONS_END", "ALLOWED");
        administration.endSessions(id);
        assertThat(users.findById(id).orElseThrow().sessionValid(clock.instant().minusSeconds(60))).isFalse();
        assertThat(audited("SESSIONS_END", "ALLOWED")).isEqualTo(endedBefore + 1);

        long resetBefore = audited("TWO_STEP_RESET", "ALLOWED");
        administration.resetTwoStep(id);
        assertThat(audited("TWO_STEP_RESET", "ALLOWED")).isEqualTo(resetBefore + 1);
        login("caseworker");
        assertThat(twoStep.status().enrolled()).isFalse();
        assertThat(twoStep.status().required()).isTrue();
        // the demo login gets its demo authenticator and its sessions back for the other tests (the shared
        // database's other contexts sign in as caseworker on the real clock, later than this test's)
        twoStep.enrolForDemo(List.of(id), DemoDataLoader.DEMO_TOTP_SECRET);
        jdbc.sql("UPDATE app_user SET sessions_valid_from = NULL WHERE id = :id").param("id", id).update();

        login("admin");
        long otherAuthority = jdbc.sql("SELECT id FROM app_user WHERE local_authority_id IS NOT NULL "
                + "AND local_authority_id <> :la LIMIT 1").param("la", caseworker.getLocalAuthorityId())
                .query(Long.class).single();
        long deniedBefore = audited("SESSIONS_END", "DENIED");
        assertThatThrownBy(() -> administration.endSessions(otherAuthority)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.setEnabled(otherAuthority, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("SESSIONS_END", "DENIED")).isEqualTo(deniedBefore + 1);
        assertThat(users.findById(otherAuthority).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    void the_administrator_sees_and_cares_for_the_parents_of_the_authoritys_pupils_only() {
        long parent = users.findByUsername("parent").orElseThrow().getId();
        long otherParent = users.findByUsername("parent.cy").orElseThrow().getId();
        login("admin");
        UI.getCurrent().navigate(AccountsView.class);
        Grid<AccountAdministration.Account> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        assertThat(grid.getGenericDataView().getItems().map(AccountAdministration.Account::username).toList())
                .contains("parent", "caseworker").doesNotContain("parent.cy", "parent.sc");
        try {
            long endedBefore = audited("SESSIONS_END", "ALLOWED");
            administration.endSessions(parent);
            assertThat(users.findById(parent).orElseThrow().sessionValid(clock.instant().minusSeconds(60))).isFalse();
            assertThat(audited("SESSIONS_END", "ALLOWED")).isEqualTo(endedBefore + 1);
        } finally {
            jdbc.sql("UPDATE app_user SET sessions_valid_from = NULL WHERE id = :id").param("id", parent).update();
        }
        // another authority's parent (children at its schools only): refused like its staff, audited
        long deniedBefore = audited("SESSIONS_END", "DENIED");
        assertThatThrownBy(() -> administration.endSessions(otherParent)).isInstanceOf(AccessDeniedException.class);
        assertThat(audited("SESSIONS_END", "DENIED")).isEqualTo(deniedBefore + 1);
        assertThat(users.findById(otherParent).orElseThrow().sessionValid(clock.instant().minusSeconds(60))).isTrue();
    }

    @Test
    void only_an_administrator_may_end_sessions() {
        login("caseworker");
        long senco = users.findByUsername("senco").orElseThrow().getId();
        assertThatThrownBy(() -> administration.endSessions(senco)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_school_login_sets_up_two_step_from_its_own_page() {
        login("head");
        UI.getCurrent().navigate(AccountView.class);
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("account-two-step-set-up"));
        assertThat(twoStep.status().enrolled()).isFalse();
        assertThat(twoStep.status().required()).isFalse();
        TwoStepService.Enrolment enrolment = twoStep.beginEnrolment();
        assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/");
        assertThat(twoStep.confirmEnrolment("000000")).isEmpty();
        var codes = twoStep.confirmEnrolment(DemoTotp.code(enrolment.secret(), Instant.now()));
        assertThat(codes).hasValueSatisfying(c -> assertThat(c).hasSize(10).doesNotHaveDuplicates());
        assertThat(twoStep.status().enrolled()).isTrue();
        long userId = users.findByUsername("head").orElseThrow().getId();
        assertThat(twoStep.check(userId, codes.get().getFirst())).isTrue();
        assertThat(twoStep.check(userId, codes.get().getFirst())).isFalse();
        assertThat(twoStep.status().recoveryCodesLeft()).isEqualTo(9);
        twoStep.turnOff();
        assertThat(twoStep.status().enrolled()).isFalse();
    }
}
