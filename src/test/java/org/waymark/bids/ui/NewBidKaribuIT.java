package org.waymark.bids.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.ui.PupilDetailsView;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;

/** A school SENCO finds where to start a bid: "New bid" on the bid list, and the pupil's record. */
class NewBidKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired JdbcClient jdbc;

    private long bidsOf(long pupilId) {
        return jdbc.sql("SELECT COUNT(*) FROM bid WHERE pupil_id = :p").param("p", pupilId).query(Long.class).single();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<PupilRow> pupilBox() {
        return _get(ComboBox.class, spec -> spec.withId("new-bid-pupil"));
    }

    @Test
    void a_senco_starts_a_bid_from_the_bid_list_by_picking_one_of_their_pupils() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        String surname = jdbc.sql("SELECT last_name FROM pupil WHERE id = :p").param("p", pupilId)
                .query(String.class).single();
        long before = bidsOf(pupilId);
        login("senco");
        UI.getCurrent().navigate(BidListView.class);
        click("new-bid");

        click("new-bid-start"); // no pupil chosen: said beside the field, nothing started
        assertThat(pupilBox().isInvalid()).isTrue();
        assertThat(pupilBox().getErrorMessage()).isEqualTo("Choose the pupil the bid is for.");
        assertThat(bidsOf(pupilId)).isEqualTo(before);

        ComboBoxKt.setUserInput(pupilBox(), surname);
        List<PupilRow> offered = ComboBoxKt.getSuggestionItems(pupilBox());
        assertThat(offered).extracting(PupilRow::id).contains(pupilId);
        assertThat(offered).allMatch(p -> p.schoolName().equals("Larkfield Primary School"));
        pupilBox().setValue(offered.stream().filter(p -> p.id() == pupilId).findFirst().orElseThrow());
        click("new-bid-start");

        assertThat(bidsOf(pupilId)).isEqualTo(before + 1);
        long bidId = jdbc.sql("SELECT id FROM bid WHERE pupil_id = :p ORDER BY id DESC LIMIT 1").param("p", pupilId)
                .query(Long.class).single();
        assertThat(path()).isEqualTo("bids/" + bidId + "/edit");
    }

    @Test
    void a_senco_starts_a_bid_from_the_pupil_record() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        long before = bidsOf(pupilId);
        login("senco");
        UI.getCurrent().navigate(PupilDetailsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
        Anchor bids = _get(Anchor.class, spec -> spec.withId("pupil-bids-link"));
        assertThat(bids.getText()).isEqualTo("Bids (" + before + ")");
        UI.getCurrent().navigate(bids.getHref());
        assertThat(path()).isEqualTo("pupils/" + pupilId + "/bids");
        click("start-bid");
        assertThat(bidsOf(pupilId)).isEqualTo(before + 1);
        assertThat(path()).matches("bids/\\d+/edit");
    }

    @Test
    void only_a_school_senco_is_offered_a_new_bid() {
        for (String user : List.of("family.senco", "caseworker", "head")) {
            login(user);
            UI.getCurrent().navigate(BidListView.class);
            assertThat(_find(Button.class, spec -> spec.withId("new-bid"))).as(user).isEmpty();
        }
        login("senco");
        UI.getCurrent().navigate(BidListView.class);
        assertThat(_get(Button.class, spec -> spec.withId("new-bid")).getText()).isEqualTo("New bid");
    }
}
