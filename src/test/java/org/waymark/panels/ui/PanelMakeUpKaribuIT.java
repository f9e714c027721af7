package org.waymark.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.panels.domain.Panel;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelMeeting;
import org.waymark.panels.domain.PanelMeetingRepository;
import org.waymark.panels.domain.PanelRepository;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatRole;
import org.waymark.panels.service.PanelService;
import org.waymark.security.domain.AppUser;
import org.waymark.security.domain.AppUserRepository;
import org.waymark.security.domain.Role;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * An HLN panel without a Family SENCO or a head teacher from each phase is warned about — on the
 * standing panel and at a meeting, naming who is missing — and still sits; the warning goes as
 * the members it names are seated.
 */
class PanelMakeUpKaribuIT extends KaribuTest {

    @Autowired PanelService panels;
    @Autowired PanelRepository standing;
    @Autowired PanelMeetingRepository meetings;
    @Autowired AppUserRepository users;
    @Autowired DemoPupils demo;
    @Autowired Clock clock;

    private static String warning(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private long userId(String username) {
        return Objects.requireNonNull(users.findByUsername(username).orElseThrow().getId());
    }

    /** A head teacher of the authority's secondary academy (the demo has primary heads only). */
    private long secondaryHead() {
        return users.findByUsername("head.secondary.makeup").map(AppUser::getId).orElseGet(() -> {
            AppUser head = users.findByUsername("head").orElseThrow();
            long school = demo.schoolId("Ashbourne Vale Academy");
            return users.save(AppUser.create("head.secondary.makeup", head.getPasswordHash(), "Sam Okafor",
                    Set.of(Role.HEAD_TEACHER), head.getLocalAuthorityId(), head.getFamilyId(), school)).getId();
        });
    }

    @Test
    void a_seated_hln_panel_without_a_family_senco_or_a_head_from_each_phase_is_warned_not_blocked() {
        login("caseworker");
        // the standing main panel (officers only in the demo): all three named; the appeals panel has its own rule
        UI.getCurrent().navigate(PanelsView.class);
        assertThat(warning("panel-hln_main-makeup-warning")).contains("No Family SENCO sits on it",
                "No primary school head teacher sits on it", "No secondary school head teacher sits on it",
                "A warning only");
        assertThat(_find(Div.class, spec -> spec.withId("panel-appeals-makeup-warning"))).isEmpty();

        // a meeting of the resubmission panel sits with the main panel's members: the same warning
        long laId = Objects.requireNonNull(users.findByUsername("caseworker").orElseThrow().getLocalAuthorityId());
        var members = standing.findByLocalAuthorityIdAndKind(laId, PanelKind.HLN_MAIN).map(Panel::getSeats)
                .orElseThrow();
        long meetingId = Objects.requireNonNull(meetings.save(PanelMeeting.open(laId, PanelKind.HLN_RESUBMISSION,
                LocalDate.now(clock), members, "caseworker", clock.instant())).getId());
        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        assertThat(warning("panel-makeup-warning")).contains("No Family SENCO", "No primary school head teacher",
                "No secondary school head teacher");

        // the Family SENCO and the (primary) demo head sit: only the secondary head is missing
        panels.seatAtMeeting(meetingId, userId("family.senco"), SeatCapacity.SENCO, SeatRole.MEMBER);
        panels.seatAtMeeting(meetingId, userId("head"), SeatCapacity.HEAD_TEACHER, SeatRole.MEMBER);
        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        assertThat(warning("panel-makeup-warning")).contains("No secondary school head teacher")
                .doesNotContain("Family SENCO", "primary school");

        // a secondary head sits: nothing missing, no warning
        panels.seatAtMeeting(meetingId, secondaryHead(), SeatCapacity.HEAD_TEACHER, SeatRole.MEMBER);
        UI.getCurrent().navigate("panels/meetings/" + meetingId);
        assertThat(_find(Div.class, spec -> spec.withId("panel-makeup-warning"))).isEmpty();
        // the standing panel is unchanged by a meeting's seats
        UI.getCurrent().navigate(PanelsView.class);
        assertThat(warning("panel-hln_main-makeup-warning")).contains("No Family SENCO");
    }
}
