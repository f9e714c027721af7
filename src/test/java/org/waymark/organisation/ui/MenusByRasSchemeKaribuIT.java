package org.waymark.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.KaribuTest;
import org.waymark.base.ui.AccessRefusedView;
import org.waymark.home.ui.HomeView;

import com.vaadin.flow.component.UI;

/**
 * Menus and views of the RAS county, which runs only the Resource Allocation System: its officers get
 * the RAS screens and the panels (the SEND resource panel hears RAS cases) with their letters, and
 * none of the descriptor scheme's bids, moderation, descriptor frameworks, family budgets, appeals of
 * bids or interim HLN decisions; opened by address, those are refused and the refusal audited. The
 * descriptor county's users do not get the RAS screens.
 */
class MenusByRasSchemeKaribuIT extends KaribuTest {

    static final List<String> DESCRIPTOR = List.of("Bids", "Moderation", "Descriptor frameworks", "Family budgets",
            "Appeals", "Interim decisions");
    static final List<String> RAS = List.of("RAS cases", "RAS outcomes", "RAS converter");

    @Autowired JdbcClient jdbc;

    private List<String> menu(String username) {
        login(username);
        UI.getCurrent().navigate(HomeView.class);
        return org.waymark.MenuItems.labels();
    }

    private boolean refused(String route) {
        UI.getCurrent().navigate(route);
        return !_find(AccessRefusedView.class).isEmpty();
    }

    private long deniedOpens(String actor, String route) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = :a AND action = 'OPEN_VIEW'"
                        + " AND subject_type = 'ROUTE' AND subject_id = :r AND outcome = 'DENIED'")
                .param("a", actor).param("r", route).query(Long.class).single();
    }

    @Test
    void the_ras_countys_officers_get_the_ras_and_the_panels_and_none_of_the_descriptor_screens() {
        assertThat(menu("caseworker.gl")).containsAll(RAS).contains("Panels", "Letters due")
                .doesNotContainAnyElementsOf(DESCRIPTOR);
        assertThat(menu("lead.send.gl")).containsAll(RAS).contains("Panels").doesNotContainAnyElementsOf(DESCRIPTOR);
        assertThat(menu("personalisation.gl")).containsAll(RAS).doesNotContainAnyElementsOf(DESCRIPTOR);
        assertThat(menu("admin.gl")).contains("RAS outcomes").doesNotContain("RAS cases", "RAS converter")
                .doesNotContainAnyElementsOf(DESCRIPTOR);
        for (String user : List.of("senco.gl", "head.gl", "family.senco.gl", "finance.gl", "panel.gl")) {
            assertThat(menu(user)).as(user).doesNotContainAnyElementsOf(DESCRIPTOR).doesNotContainAnyElementsOf(RAS)
                    .contains("Home");
        }
    }

    @Test
    void a_ras_countys_user_opening_a_descriptor_screen_by_its_address_is_refused_and_audited() {
        login("senco.gl");
        long before = deniedOpens("senco.gl", "bids");
        assertThat(refused("bids")).isTrue();
        assertThat(deniedOpens("senco.gl", "bids")).isEqualTo(before + 1);
        login("family.senco.gl");
        assertThat(refused("moderation")).isTrue();
        login("admin.gl");
        assertThat(refused("frameworks")).isTrue();
        assertThat(refused("budgets")).isTrue();
        login("caseworker.gl");
        assertThat(refused("appeals")).isTrue();
        assertThat(refused("interim")).isTrue();
        // their own scheme and the panels open
        assertThat(refused("ras/cases")).isFalse();
        assertThat(refused("panels")).isFalse();
        assertThat(refused("letters")).isFalse();
    }

    @Test
    void the_descriptor_countys_users_do_not_get_the_ras() {
        assertThat(menu("caseworker")).contains("Bids", "Panels").doesNotContainAnyElementsOf(RAS);
        assertThat(menu("personalisation")).doesNotContainAnyElementsOf(RAS);
        login("caseworker");
        long before = deniedOpens("caseworker", "ras/cases");
        assertThat(refused("ras/cases")).isTrue();
        assertThat(deniedOpens("caseworker", "ras/cases")).isEqualTo(before + 1);
    }
}
