package org.waymark.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.waymark.KaribuTest;
import org.waymark.home.ui.HomeView;
import org.waymark.pupils.ui.PupilListView;
import org.waymark.security.ui.LoginView;
import org.waymark.security.domain.AppUserRepository;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinService;

/** The shell per role: which navigation entries appear, refused views, language switch. */
class ShellKaribuIT extends KaribuTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    Environment environment;

    private List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void school_senco_sees_home_and_pupils() {
        login("senco");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(navLabels()).containsExactly("Home", "Pupils", "Reviews", "Bids", "Notifications");
    }

    @Test
    void every_la_officer_role_that_reads_pupils_sees_the_pupil_list() {
        for (String user : List.of("head", "family.senco", "caseworker", "lead.send", "personalisation", "eso",
                "inclusion", "finance")) {
            login(user);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(navLabels()).as(user).containsExactly(user.equals("family.senco")
                    ? new String[]{"Home", "Pupils", "Reviews", "Bids", "Moderation", "Notifications"}
                    : new String[]{"Home", "Pupils", "Reviews", "Bids", "Notifications"});
        }
    }

    @Test
    void parent_administrator_and_panel_member_see_no_pupil_list_and_are_refused_it_by_url() {
        for (String user : List.of("parent", "admin", "panel")) {
            login(user);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(navLabels()).as(user).containsExactly(user.equals("admin")
                    ? new String[]{"Home", "Descriptor frameworks", "Family budgets", "Notifications"}
                    : new String[]{"Home", "Notifications"});
            assertThatThrownBy(() -> UI.getCurrent().navigate(PupilListView.class)).as(user)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() {
        UI.getCurrent().navigate(HomeView.class);
        _get(LoginView.class);
        assertThat(_find(HomeView.class)).isEmpty();
    }

    @Test
    void switching_to_welsh_redraws_the_page_in_welsh_and_is_stored_on_the_account() {
        login("caseworker");
        UI.getCurrent().navigate(HomeView.class);
        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        assertThat(navLabels()).containsExactly("Hafan", "Disgyblion", "Adolygiadau", "Ceisiadau", "Hysbysiadau");
        assertThat(users.findByUsername("caseworker").orElseThrow().getLocale()).isEqualTo("cy");
        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        assertThat(navLabels()).containsExactly("Home", "Pupils", "Reviews", "Bids", "Notifications");
        assertThat(users.findByUsername("caseworker").orElseThrow().getLocale()).isEqualTo("en");
    }

    @Test
    void idle_sessions_end_after_thirty_minutes_even_with_heartbeats() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().getHeartbeatInterval())
                .isLessThan(30 * 60);
    }
}
