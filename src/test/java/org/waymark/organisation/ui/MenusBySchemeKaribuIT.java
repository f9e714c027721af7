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
 * Menus and views by the schemes of the user's authority: a Scottish council's users get ASN
 * hours and not England's top-up bids, moderation, frameworks, budgets or HLN panels; an English
 * county's users never get ASN hours; a Welsh county's users get the ALN process and not the
 * top-up screens. A gated view opened by its address is refused and the refusal audited.
 */
class MenusBySchemeKaribuIT extends KaribuTest {

    static final List<String> TOP_UP = List.of("Bids", "Moderation", "Descriptor frameworks", "Family budgets",
            "Panels", "Letters due", "Appeals", "Interim decisions");
    static final List<String> ASN = List.of("ASN hours requests", "Scrutiny of ASN hours", "Mid-term allocations",
            "Moves and overpayments");

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
    void a_scottish_councils_users_see_asn_hours_and_none_of_the_english_top_up_screens() {
        assertThat(menu("senco.sc")).contains("ASN hours requests").doesNotContainAnyElementsOf(TOP_UP)
                .doesNotContain("Scrutiny of ASN hours");
        assertThat(menu("head.sc")).contains("ASN hours requests").doesNotContainAnyElementsOf(TOP_UP);
        assertThat(menu("eso.sc")).contains("Scrutiny of ASN hours", "Mid-term allocations", "Moves and overpayments")
                .doesNotContainAnyElementsOf(TOP_UP);
        assertThat(menu("inclusion.sc")).contains("Mid-term allocations").doesNotContain("Scrutiny of ASN hours",
                "Moves and overpayments");
        assertThat(menu("finance.sc")).contains("Moves and overpayments").doesNotContain("ASN hours requests",
                "Scrutiny of ASN hours", "Mid-term allocations");
        for (String user : List.of("caseworker.sc", "lead.send.sc", "family.senco.sc", "admin.sc")) {
            assertThat(menu(user)).as(user).doesNotContainAnyElementsOf(TOP_UP).doesNotContainAnyElementsOf(ASN)
                    .contains("Home");
        }
    }

    @Test
    void a_scottish_user_opening_a_top_up_screen_by_its_address_is_refused_and_audited() {
        login("senco.sc");
        long before = deniedOpens("senco.sc", "bids");
        assertThat(refused("bids")).isTrue();
        assertThat(deniedOpens("senco.sc", "bids")).isEqualTo(before + 1);
        login("caseworker.sc");
        assertThat(refused("panels")).isTrue();
        login("family.senco.sc");
        assertThat(refused("moderation")).isTrue();
        login("admin.sc");
        assertThat(refused("frameworks")).isTrue();
        // their own scheme opens
        login("senco.sc");
        assertThat(refused("asn/requests")).isFalse();
    }

    @Test
    void an_english_countys_users_never_see_asn_hours() {
        assertThat(menu("senco")).contains("Bids").doesNotContainAnyElementsOf(ASN);
        assertThat(menu("head")).contains("Bids").doesNotContainAnyElementsOf(ASN);
        assertThat(menu("eso")).contains("Bids").doesNotContainAnyElementsOf(ASN);
        assertThat(menu("inclusion")).doesNotContainAnyElementsOf(ASN);
        assertThat(menu("finance")).doesNotContainAnyElementsOf(ASN);
        login("senco");
        long before = deniedOpens("senco", "asn/requests");
        assertThat(refused("asn/requests")).isTrue();
        assertThat(deniedOpens("senco", "asn/requests")).isEqualTo(before + 1);
        login("eso");
        assertThat(refused("asn/scrutiny")).isTrue();
        assertThat(refused("bids")).isFalse();
    }

    @Test
    void a_welsh_countys_users_get_the_aln_process_and_none_of_the_english_top_up_screens() {
        assertThat(menu("caseworker.cy")).contains("ALN referrals", "ALN equipment")
                .doesNotContainAnyElementsOf(TOP_UP).doesNotContainAnyElementsOf(ASN);
        assertThat(menu("senco.cy")).contains("ALN referrals").doesNotContainAnyElementsOf(TOP_UP)
                .doesNotContainAnyElementsOf(ASN);
        for (String user : List.of("head.cy", "family.senco.cy", "lead.send.cy", "eso.cy", "admin.cy", "finance.cy")) {
            assertThat(menu(user)).as(user).doesNotContainAnyElementsOf(TOP_UP).doesNotContainAnyElementsOf(ASN)
                    .contains("Home");
        }
    }

    @Test
    void a_welsh_user_opening_a_top_up_screen_by_its_address_is_refused_and_audited() {
        login("senco.cy");
        long before = deniedOpens("senco.cy", "bids");
        assertThat(refused("bids")).isTrue();
        assertThat(deniedOpens("senco.cy", "bids")).isEqualTo(before + 1);
        login("caseworker.cy");
        for (String route : List.of("panels", "letters", "appeals", "interim")) {
            assertThat(refused(route)).as(route).isTrue();
        }
        login("family.senco.cy");
        assertThat(refused("moderation")).isTrue();
        login("admin.cy");
        assertThat(refused("frameworks")).isTrue();
        assertThat(refused("budgets")).isTrue();
        // their own process opens
        login("caseworker.cy");
        assertThat(refused("aln/referrals")).isFalse();
    }

    @Test
    void only_an_english_countys_users_get_the_ehc_needs_assessments() {
        for (String user : List.of("caseworker", "teamlead", "lead.send", "senco", "head", "parent")) {
            assertThat(menu(user)).as(user).contains("EHC needs assessments");
        }
        for (String user : List.of("caseworker.cy", "senco.cy", "parent.cy", "caseworker.sc", "senco.sc")) {
            assertThat(menu(user)).as(user).doesNotContain("EHC needs assessments");
        }
        assertThat(menu("eso")).doesNotContain("EHC needs assessments");
        login("caseworker.sc");
        assertThat(refused("ehc/assessments")).isTrue();
        assertThat(refused("ehc/request")).isTrue();
    }

    @Test
    void only_a_welsh_countys_users_get_the_aln_referrals() {
        assertThat(menu("caseworker.cy")).contains("ALN referrals");
        assertThat(menu("senco.cy")).contains("ALN referrals");
        assertThat(menu("caseworker")).doesNotContain("ALN referrals");
        assertThat(menu("caseworker.sc")).doesNotContain("ALN referrals");
        login("caseworker");
        long before = deniedOpens("caseworker", "aln/referrals");
        assertThat(refused("aln/referrals")).isTrue();
        assertThat(deniedOpens("caseworker", "aln/referrals")).isEqualTo(before + 1);
        login("caseworker.cy");
        assertThat(refused("aln/referrals")).isFalse();
    }
}
