package org.waymark.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.Confirming;
import org.waymark.KaribuTest;
import org.waymark.api.domain.ApiKeys;
import org.waymark.api.service.ApiClientService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/**
 * The administrators' API clients screen (issue 22 point 4, DD018): registering a client shows its
 * key once and keeps only its hash, the client stays off until turned on; turning it on and giving
 * it a new key are confirmed first and audited; broken rules show beside their fields; only an
 * authority administrator opens the screen or calls its service, and only for their own authority.
 */
class ApiClientsKaribuIT extends KaribuTest {

    @Autowired JdbcClient jdbc;
    @Autowired ApiClientService service;

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND actor = 'admin'").param("a", action)
                .query(Long.class).single();
    }

    /** Clicks a button of the client's row (the grid's actions column), as a user would. */
    private static void clickInRow(ApiClientsView view, long clientId, String buttonId) {
        java.util.List<ApiClientService.ClientRow> rows = view.grid.getGenericDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == clientId)
                .findFirst().orElseThrow();
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, row, "actions");
        var button = (com.vaadin.flow.component.button.Button) cell.getChildren()
                .filter(c -> c.getId().orElse("").equals(buttonId)).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(button);
    }

    private ApiClientsView open() {
        UI.getCurrent().navigate(ApiClientsView.class);
        return _get(ApiClientsView.class);
    }

    @Test
    void the_administrator_registers_a_client_turns_it_on_and_gives_it_a_new_key() {
        login("admin");
        ApiClientsView view = open();
        long la = jdbc.sql("SELECT local_authority_id FROM app_user WHERE username = 'admin'").query(Long.class).single();
        assertThat(view.grid.getGenericDataView().getItems().map(ApiClientService.ClientRow::name).toList())
                .contains("Demo case management system", "Old school MIS");

        String name = "MIS " + System.nanoTime();
        long school = jdbc.sql("SELECT school_id FROM app_user WHERE username = 'senco'").query(Long.class).single();
        long createdBefore = audited("API_CLIENT_CREATE");
        view.name.setValue(name);
        view.scope.setValue(ApiClientsView.SCHOOL);
        // a school scope without a school: said beside the field, nothing registered
        click("api-client-register");
        assertThat(view.school.isInvalid()).isTrue();
        assertThat(view.school.getErrorMessage()).isEqualTo(view.getTranslation("api.clients.school.required"));
        assertThat(audited("API_CLIENT_CREATE")).isEqualTo(createdBefore);

        view.school.setValue(view.school.getListDataView().getItems().filter(s -> s.id() == school).findFirst().orElseThrow());
        view.rate.setValue(30);
        click("api-client-register");
        assertThat(Confirming.open("api-client-key-issued")).isTrue();
        String key = _get(Span.class, spec -> spec.withId("api-client-key")).getText();
        assertThat(ApiKeys.wellFormed(key)).isTrue();
        Confirming.confirm("api-client-key-issued");
        assertThat(audited("API_CLIENT_CREATE")).isEqualTo(createdBefore + 1);

        var row = jdbc.sql("SELECT id, key_hash, enabled, school_id, requests_per_minute, local_authority_id "
                + "FROM api_client WHERE name = :n").param("n", name).query().singleRow();
        long id = ((Number) row.get("ID")).longValue();
        assertThat(row.get("KEY_HASH")).isEqualTo(ApiKeys.hash(key));
        assertThat(row.get("ENABLED")).isEqualTo(false);
        assertThat(((Number) row.get("SCHOOL_ID")).longValue()).isEqualTo(school);
        assertThat(((Number) row.get("REQUESTS_PER_MINUTE")).intValue()).isEqualTo(30);
        assertThat(((Number) row.get("LOCAL_AUTHORITY_ID")).longValue()).isEqualTo(la);
        assertThat(view.grid.getGenericDataView().getItems().filter(c -> c.id() == id).findFirst().orElseThrow()
                .enabled()).isFalse();

        long enabledBefore = audited("API_CLIENT_ENABLE");
        clickInRow(view, id, "api-client-enable-" + id);
        Confirming.confirm("api-client-enable-confirm");
        assertThat(jdbc.sql("SELECT enabled FROM api_client WHERE id = :id").param("id", id).query(Boolean.class)
                .single()).isTrue();
        assertThat(audited("API_CLIENT_ENABLE")).isEqualTo(enabledBefore + 1);

        long rotatedBefore = audited("API_CLIENT_KEY_ROTATE");
        clickInRow(view, id, "api-client-rotate-" + id);
        Confirming.confirm("api-client-rotate-confirm");
        String newKey = _get(Span.class, spec -> spec.withId("api-client-key")).getText();
        assertThat(newKey).isNotEqualTo(key);
        assertThat(jdbc.sql("SELECT key_hash FROM api_client WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(ApiKeys.hash(newKey));
        assertThat(audited("API_CLIENT_KEY_ROTATE")).isEqualTo(rotatedBefore + 1);
        Confirming.confirm("api-client-key-issued");

        clickInRow(view, id, "api-client-disable-" + id);
        Confirming.confirm("api-client-disable-confirm");
        assertThat(jdbc.sql("SELECT enabled FROM api_client WHERE id = :id").param("id", id).query(Boolean.class)
                .single()).isFalse();

        // the same name again, and a limit out of range: said beside the fields
        view.name.setValue(name);
        view.scope.setValue(ApiClientsView.AUTHORITY);
        view.rate.setValue(0);
        click("api-client-register");
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo(view.getTranslation("api.client.name.taken"));
        assertThat(view.rate.isInvalid()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_client WHERE name = :n").param("n", name).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void the_screen_reads_in_welsh() {
        login("admin");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("cy"));
        ApiClientsView view = open();
        assertThat(view.getPageTitle()).isEqualTo("Cleientiaid API – Waymark");
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("api-client-register"))
                .getText()).isEqualTo("Cofrestru cleient");
    }

    @Test
    void only_an_administrator_of_the_authority_manages_its_clients() {
        login("caseworker");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ApiClientsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> service.register("Caseworker's own", null, 10)).isInstanceOf(AccessDeniedException.class);

        // another authority's administrator cannot turn the English demo client on or off
        long demoClient = jdbc.sql("SELECT id FROM api_client WHERE name = 'Old school MIS'").query(Long.class).single();
        login("admin.gl");
        long deniedBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'API_CLIENT_ENABLE' "
                + "AND outcome = 'DENIED'").query(Long.class).single();
        assertThatThrownBy(() -> service.setEnabled(demoClient, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rotateKey(demoClient)).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'API_CLIENT_ENABLE' AND outcome = 'DENIED'")
                .query(Long.class).single()).isEqualTo(deniedBefore + 1);
        assertThat(jdbc.sql("SELECT enabled FROM api_client WHERE id = :id").param("id", demoClient)
                .query(Boolean.class).single()).isFalse();
        assertThat(service.clients()).extracting(ApiClientService.ClientRow::name).doesNotContain("Old school MIS");
        // and a school of another authority is refused as a client's scope
        long englishSchool = jdbc.sql("SELECT school_id FROM app_user WHERE username = 'senco'").query(Long.class).single();
        assertThatThrownBy(() -> service.register("Wrong school " + System.nanoTime(), englishSchool, 10))
                .isInstanceOf(org.waymark.base.domain.ValidationException.class);
    }
}
