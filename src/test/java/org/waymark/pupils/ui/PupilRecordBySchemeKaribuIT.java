package org.waymark.pupils.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;

/**
 * The pupil's record and the pupil grid follow the schemes of the pupil's (and the reader's)
 * authority: a Scottish pupil's record offers no top-up bids or panel letters (those pages are
 * refused to a Scottish council), an English pupil's record does.
 */
class PupilRecordBySchemeKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired org.waymark.AsnScenarios asn;

    private void openRecord(String user, long pupilId) {
        login(user);
        UI.getCurrent().navigate(PupilDetailsView.class, new RouteParameters("pupilId", String.valueOf(pupilId)));
    }

    private static boolean linked(String id) {
        return !_find(Anchor.class, spec -> spec.withId("pupil-" + id + "-link")).isEmpty();
    }

    @Test
    void a_scottish_pupils_record_has_plans_and_funding_but_no_bids_or_letters() {
        openRecord("senco.sc", demo.pupilAt("Kilbrannan Primary School"));
        assertThat(linked("plans")).isTrue();
        assertThat(linked("bids")).isFalse();
        assertThat(linked("letters")).isFalse();
        // the school's requests for assistant hours instead
        assertThat(linked("asn")).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withId("pupil-asn-link")).getText())
                .startsWith("Requests for assistant hours (");
    }

    @Test
    void the_education_support_officer_sees_requests_sent_to_them_never_a_schools_draft() {
        long pupilId = asn.pupilWithPlan();
        openRecord("eso.sc", pupilId);
        assertThat(linked("asn")).isFalse(); // nothing sent yet
        long requestId = asn.submittedRequest(pupilId);
        openRecord("eso.sc", pupilId);
        Anchor link = _get(Anchor.class, spec -> spec.withId("pupil-asn-link"));
        assertThat(link.getText()).isEqualTo("Requests for assistant hours (1)");
        assertThat(link.getHref()).isEqualTo("asn/requests/" + requestId);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("pupil-asn-status")).getText())
                .contains("Waiting for scrutiny");
    }

    @Test
    void an_english_pupils_record_keeps_its_bids_and_letters() {
        openRecord("senco", demo.pupilAt("Larkfield Primary School"));
        assertThat(linked("plans")).isTrue();
        assertThat(linked("bids")).isTrue();
        assertThat(linked("letters")).isTrue();
        assertThat(linked("asn")).isFalse();
    }

    @Test
    void the_grid_of_a_scottish_reader_has_no_bid_column() {
        login("senco.sc");
        UI.getCurrent().navigate(PupilListView.class);
        Grid<?> grid = _get(PupilListView.class).grid;
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText).toList()).doesNotContain("Latest bid")
                .isNotEmpty();
        login("senco");
        UI.getCurrent().navigate(PupilListView.class);
        assertThat(_get(PupilListView.class).grid.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .contains("Latest bid");
    }
}
