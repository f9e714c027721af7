package org.waymark.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.ScreenText;
import org.waymark.base.ui.FigureCard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;

/** Each role's home shows real figures from the database for that user's scope. */
class HomeViewKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;

    private long figure(String label) {
        for (FigureCard card : _find(FigureCard.class)) {
            // the card is markup (DD026): read it as the browser gets it
            org.jsoup.nodes.Element shown = org.jsoup.Jsoup.parseBodyFragment(card.getInnerHtml()).body();
            if (shown.select(".wm-figure-label").text().equals(label)) {
                return Long.parseLong(shown.select(".wm-figure-value").text());
            }
        }
        throw new AssertionError("No figure " + label);
    }

    /** The pupils this test recorded as left, given back to the school afterwards (the Karibu tests share one database). */
    private final List<Long> leavers = new java.util.ArrayList<>();

    /** Other tests pick "a pupil of Larkfield without bids" and would otherwise find this test's leaver. */
    @org.junit.jupiter.api.AfterEach
    void giveTheLeaversBack() {
        for (long pupilId : leavers) {
            jdbc.sql("UPDATE enrolment SET end_date = NULL, end_reason = NULL WHERE pupil_id = :id")
                    .param("id", pupilId).update();
        }
        leavers.clear();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void school_senco_home_counts_the_pupils_of_their_school() {
        login("senco");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Larkfield Primary School");
        // the pupils on the register now: not the leavers the school still reads for the history period (DD014)
        long onRegister = count("SELECT COUNT(*) FROM pupil p JOIN school s ON s.id = p.school_id"
                + " WHERE s.name = 'Larkfield Primary School' AND EXISTS (SELECT 1 FROM enrolment e"
                + " WHERE e.pupil_id = p.id AND e.school_id = s.id AND e.end_date IS NULL)");
        assertThat(figure("pupils on the register")).isEqualTo(onRegister);
        // one pupil arrives, another arrives and leaves within the period: the figure counts the first only
        demo.enrolAt("Larkfield Primary School");
        long leaver = demo.enrolAt("Larkfield Primary School");
        jdbc.sql("UPDATE enrolment SET end_date = :d, end_reason = 'LEFT' WHERE pupil_id = :id")
                .param("d", today().minusDays(5)).param("id", leaver).update();
        leavers.add(leaver);
        UI.getCurrent().navigate(org.waymark.pupils.ui.PupilListView.class);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(figure("pupils on the register")).isEqualTo(onRegister + 1);
        Image crest = _get(Image.class);
        assertThat(crest.getSrc()).isEqualTo("assets/images/crests/WLD.svg");
        assertThat(crest.getAlt()).contains("Crest of Wealdshire County Council");
    }

    @Test
    void family_senco_home_lists_the_family_schools_with_their_pupils() {
        login("family.senco");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Ashbourne Vale Family");
        assertThat(figure("Schools in the family")).isEqualTo(4);
        long familyPupils = count("SELECT COUNT(*) FROM pupil p JOIN school s ON s.id = p.school_id"
                + " JOIN school_family f ON f.id = s.family_id WHERE f.name = 'Ashbourne Vale Family'");
        assertThat(figure("pupils on the register")).isEqualTo(familyPupils);
        @SuppressWarnings("unchecked")
        Grid<Object> schools = _get(Grid.class);
        assertThat(schools.getListDataView().getItemCount()).isEqualTo(4);
    }

    @Test
    void la_officer_home_has_a_pupil_search_and_authority_figures() {
        login("caseworker");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Wealdshire County Council");
        long laPupils = count("SELECT COUNT(*) FROM pupil p JOIN local_authority l ON l.id = p.local_authority_id"
                + " WHERE l.code = 'WLD'");
        assertThat(figure("pupils on the register")).isEqualTo(laPupils);
        TextField search = _get(TextField.class, spec -> spec.withId("home-search"));
        search.setValue("ash");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Search")).click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("pupils");
    }

    @Test
    void administrator_home_shows_the_authority_set_up() {
        login("admin");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(figure("schools")).isEqualTo(9);
        assertThat(figure("families of schools")).isEqualTo(2);
        // three terms a year, four academic years either side of this one
        assertThat(figure("terms with dates")).isEqualTo(27);
        assertThat(figure("user accounts")).isEqualTo(count(
                "SELECT COUNT(*) FROM app_user u JOIN local_authority l ON l.id = u.local_authority_id WHERE l.code = 'WLD'"));
        assertThat(figure("bank holidays in the calendar")).isGreaterThanOrEqualTo(24);
    }

    @Test
    void parent_home_shows_only_their_own_children() {
        login("parent");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Hannah Carver");
        List<String> children = ScreenText.select("h3.wm-child-name").stream()
                .map(org.jsoup.nodes.Element::text).toList();
        long linked = count("SELECT COUNT(*) FROM linked_child c JOIN app_user u ON u.id = c.app_user_id"
                + " WHERE u.username = 'parent'");
        assertThat(children).hasSize((int) linked);
        assertThat(linked).isEqualTo(2);
    }
}
