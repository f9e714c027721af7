package org.waymark.dataprotection.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.KaribuTest;
import org.waymark.audit.service.AuditLog;
import org.waymark.dataprotection.domain.AccessLog;
import org.waymark.dataprotection.service.DataProtectionService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The data-protection view per role: the authority's data protection officer sees who read or
 * changed its children's records (not another authority's), filters and exports them with formula
 * cells made inert, and each look is audited; a caseworker is refused (and the refusal audited);
 * an administrator runs the audit chain's check but does not see the access log.
 */
class DataProtectionKaribuIT extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired AuditLog audit;
    @Autowired DataProtectionService service;
    @Autowired PlatformTransactionManager transactions;

    private long count(String actor, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = :act")
                .param("a", actor).param("act", action).query(Long.class).single();
    }

    private long[] ownAndOtherPupil() {
        long la = jdbc.sql("SELECT local_authority_id FROM app_user WHERE username = 'dpo'").query(Long.class).single();
        long own = jdbc.sql("SELECT MIN(id) FROM pupil WHERE local_authority_id = :la").param("la", la)
                .query(Long.class).single();
        long other = jdbc.sql("SELECT MIN(id) FROM pupil WHERE local_authority_id <> :la").param("la", la)
                .query(Long.class).single();
        return new long[] {own, other};
    }

    private void read(String actor, long pupilId, String detail) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> audit.recordAs(actor, "10.0.0.5", "READ_PUPIL",
                "PUPIL", String.valueOf(pupilId), AuditLog.Outcome.ALLOWED, detail));
    }

    @Test
    void the_officer_sees_and_exports_reads_of_the_authoritys_children_only_and_each_look_is_audited() {
        long[] pupils = ownAndOtherPupil();
        String reader = "dp.reader." + System.nanoTime() % 100_000;
        read(reader, pupils[0], "=HYPERLINK(\"http://evil.example\",\"open\")");
        read(reader, pupils[1], "another authority's child");

        login("dpo");
        long looks = count("dpo", "READ_ACCESS_LOG");
        UI.getCurrent().navigate(DataProtectionView.class);
        DataProtectionView view = _get(DataProtectionView.class);
        assertThat(count("dpo", "READ_ACCESS_LOG")).isEqualTo(looks + 1);
        view.actor.setValue(reader);
        view.refresh();
        @SuppressWarnings("unchecked")
        Grid<AccessLog.Entry> grid = _get(Grid.class, spec -> spec.withId("dp-access-log"));
        List<AccessLog.Entry> rows = GridKt._findAll(grid);
        assertThat(rows).extracting(AccessLog.Entry::pupilId).containsExactly(pupils[0]);
        assertThat(rows.getFirst().actor()).isEqualTo(reader);
        assertThat(count("dpo", "READ_ACCESS_LOG")).isEqualTo(looks + 2);

        long exports = count("dpo", "EXPORT_ACCESS_LOG");
        String csv = new String(service.accessLogCsv(view.filter()), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("another authority");
        assertThat(csv.lines()).hasSize(2);
        assertThat(count("dpo", "EXPORT_ACCESS_LOG")).isEqualTo(exports + 1);
    }

    @Test
    void a_caseworker_is_refused_the_view_and_the_service_and_the_refusal_is_audited() {
        login("caseworker");
        assertThatThrownBy(() -> UI.getCurrent().navigate(DataProtectionView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        long denials = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'caseworker' AND outcome = 'DENIED'"
                + " AND detail = 'DataProtectionService.accessLog'").query(Long.class).single();
        assertThatThrownBy(() -> service.accessLog(AccessLog.Filter.none())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'caseworker' AND outcome = 'DENIED'"
                + " AND detail = 'DataProtectionService.accessLog'").query(Long.class).single()).isEqualTo(denials + 1);
    }

    @Test
    void an_administrator_checks_the_audit_chain_but_does_not_see_the_access_log() {
        login("admin");
        UI.getCurrent().navigate(DataProtectionView.class);
        assertThat(_find(Grid.class)).isEmpty();
        click("dp-chain-check");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dp-chain-result")).getText())
                .startsWith("The audit trail is intact");
        assertThatThrownBy(() -> service.accessLog(AccessLog.Filter.none())).isInstanceOf(AccessDeniedException.class);
    }
}
