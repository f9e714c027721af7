package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waymark.KaribuTest;
import org.waymark.moderation.ui.MeetingView;
import org.waymark.moderation.ui.ModerationListView;
import org.waymark.panels.ui.PanelMeetingView;
import org.waymark.panels.ui.PanelsView;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * DD027: server push is on only while a page that is changed from another thread is shown — the
 * moderation meeting and the panel meeting — and off on every other page, so that most signed-in
 * users hold no push connection.
 */
class ServerPushKaribuIT extends KaribuTest {

    /** Karibu turns push on for every mocked UI; the portal's UIs start without it (no {@code @Push}). */
    @BeforeEach
    void startAsThePortalDoes() {
        UI.getCurrent().getPushConfiguration().setPushMode(PushMode.DISABLED);
        UI.getCurrent().getInternals().setPushConnection(null);
    }

    @Test
    void a_family_senco_has_push_in_the_moderation_meeting_and_not_before_or_after() {
        login("family.senco");
        UI ui = UI.getCurrent();
        ui.navigate("");
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).as("home").isFalse();
        assertThat(ui.getInternals().getPushConnection()).as("no push connection at home").isNull();

        ui.navigate(ModerationListView.class);
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).as("the list of meetings").isFalse();

        click("open-meeting");
        MockVaadin.clientRoundtrip(false);
        assertThat(ui.getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(ServerPush.isOn(ui)).as("the meeting").isTrue();
        assertThat(ui.getInternals().getPushConnection()).as("the server's end of the push connection").isNotNull();

        ui.navigate("pupils");
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).as("the pupils, after the meeting").isFalse();
    }

    @Test
    void a_caseworker_has_push_in_the_panel_meeting_where_letters_are_written_in_the_background() {
        login("caseworker");
        UI ui = UI.getCurrent();
        ui.navigate(PanelsView.class);
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).as("the panels page").isFalse();

        click("open-panel-meeting");
        MockVaadin.clientRoundtrip(false);
        assertThat(ui.getCurrentView()).isInstanceOf(PanelMeetingView.class);
        assertThat(ServerPush.isOn(ui)).as("the panel meeting").isTrue();

        ui.navigate("");
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).as("home, after the panel meeting").isFalse();
    }

    @Test
    void going_from_one_page_with_push_to_another_keeps_the_same_connection() {
        UI ui = UI.getCurrent();
        Div first = new Div();
        ServerPush.whileShown(first);
        ui.add(first);
        MockVaadin.clientRoundtrip(false);
        PushConnection connection = ui.getInternals().getPushConnection();
        assertThat(ServerPush.isOn(ui)).isTrue();

        // in one request: the first page is left and the next shown, as a navigation does
        Div next = new Div();
        ServerPush.whileShown(next);
        ui.remove(first);
        ui.add(next);
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).isTrue();
        assertThat(ui.getInternals().getPushConnection()).as("not replaced").isSameAs(connection);

        ui.remove(next);
        MockVaadin.clientRoundtrip(false);
        assertThat(ServerPush.isOn(ui)).as("no page with push left").isFalse();
    }
}
