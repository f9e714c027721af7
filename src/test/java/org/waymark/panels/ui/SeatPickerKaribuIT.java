package org.waymark.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.service.PanelService.SeatCandidate;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * The panel seat picker names people by the names they go by, never by their login names; two
 * people of the same name are told apart by their roles and where they work.
 */
class SeatPickerKaribuIT extends KaribuTest {

    @Autowired AppUserRepository users;
    @Autowired PanelMeetingRepository meetings;
    @Autowired DemoPupils demo;

    /** A second account with a demo person's name (made once; the suite shares its database). */
    private void namesake(String username, String name, Role role, @Nullable String school) {
        if (users.findByUsername(username).isPresent()) {
            return;
        }
        AppUser head = users.findByUsername("head").orElseThrow();
        Long schoolId = school == null ? null : demo.schoolId(school);
        users.save(AppUser.create(username, head.getPasswordHash(), name, Set.of(role), head.getLocalAuthorityId(),
                null, schoolId));
    }

    /** Each person in the picker with how it reads, by their login name (which the test knows, the page must not show). */
    @SuppressWarnings("unchecked")
    private Map<String, String> labelsByLogin(String id) {
        ComboBox<SeatCandidate> picker = _get(ComboBox.class, spec -> spec.withId(id));
        Map<Long, String> logins = new java.util.HashMap<>();
        users.findAll().forEach(u -> logins.put(u.getId(), u.getUsername()));
        return picker.getListDataView().getItems().collect(Collectors.toMap(c -> logins.get(c.userId()),
                c -> picker.getItemLabelGenerator().apply(c)));
    }

    @Test
    void people_are_picked_by_name_and_namesakes_by_role_and_workplace_never_by_login() {
        namesake("head.namesake", "Jo Pemberton", Role.HEAD_TEACHER, "St Aidan's CE Primary School");
        namesake("finance.namesake", "Drew Kemp", Role.FINANCE_OFFICER, null);
        login("caseworker");
        UI.getCurrent().navigate(PanelsView.class);

        Map<String, String> labels = labelsByLogin("panel-hln_main-person");
        // one of a name: the name alone, no "(caseworker)"
        assertThat(labels).containsEntry("caseworker", "Robin Hale").containsEntry("family.senco", "Alex Marsh")
                .containsEntry("senco", "Sam Whitfield");
        // namesakes: role and school, or role alone for the authority's own officers
        assertThat(labels).containsEntry("head", "Jo Pemberton — Head teacher, Larkfield Primary School")
                .containsEntry("head.namesake", "Jo Pemberton — Head teacher, St Aidan's CE Primary School")
                .containsEntry("inclusion", "Drew Kemp — Inclusion team")
                .containsEntry("finance.namesake", "Drew Kemp — Finance officer");
        // no login name anywhere in the list
        labels.forEach((login, label) -> assertThat(label).doesNotContain("(").doesNotContain(login + ")"));

        // a meeting's picker reads the same way
        long laId = Objects.requireNonNull(users.findByUsername("caseworker").orElseThrow().getLocalAuthorityId());
        long meetingId = Objects.requireNonNull(meetings.save(PanelMeeting.open(laId, PanelKind.SEND_RESOURCE,
                today(), java.util.List.of(), "caseworker", clock.instant())).getId());
        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        assertThat(labelsByLogin("meeting-seat-person")).containsEntry("caseworker", "Robin Hale")
                .containsEntry("head.namesake", "Jo Pemberton — Head teacher, St Aidan's CE Primary School");
    }
}
