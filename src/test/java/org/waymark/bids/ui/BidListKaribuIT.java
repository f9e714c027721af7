package org.waymark.bids.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidWizardService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

/** Bid lists per school, family and authority, with filters; drafts stay with the school. */
class BidListKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired BidWizardService bids;

    private List<BidDirectory.BidRow> rows() {
        return _fetch(_get(BidListView.class).grid, 0, 1000);
    }

    @Test
    void the_school_sees_its_drafts_the_family_and_authority_do_not_and_filters_narrow_the_list() {
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        login("senco");
        long bidId = bids.start(pupilId);

        UI.getCurrent().navigate(BidListView.class);
        assertThat(rows()).anyMatch(r -> r.bidId() == bidId && r.status() == BidStatus.DRAFT);
        BidListView view = _get(BidListView.class);
        view.status.setValue(BidStatus.SUBMITTED);
        assertThat(rows()).noneMatch(r -> r.bidId() == bidId).allMatch(r -> r.status() == BidStatus.SUBMITTED);
        view.status.setValue(BidStatus.DRAFT);
        assertThat(rows()).anyMatch(r -> r.bidId() == bidId).allMatch(r -> r.status() == BidStatus.DRAFT);
        assertThat(rows()).allMatch(r -> r.schoolName().equals("Larkfield Primary School"));

        login("family.senco");
        UI.getCurrent().navigate(BidListView.class);
        assertThat(rows()).noneMatch(r -> r.bidId() == bidId);
        login("caseworker");
        UI.getCurrent().navigate(BidListView.class);
        assertThat(rows()).noneMatch(r -> r.bidId() == bidId);
        login("senco.cy"); // another authority's school: its Welsh county runs no top-up scheme
        UI.getCurrent().navigate(BidListView.class);
        assertThat(_find(BidListView.class)).isEmpty();
        assertThat(context.getBean(org.waymark.bids.service.BidService.class).list(
                org.waymark.bids.domain.BidFilter.none(), 0, 500)).noneMatch(r -> r.bidId() == bidId);
    }

    @Test
    void parents_and_administrators_have_no_bid_list() {
        login("parent");
        assertThatThrownBy(() -> UI.getCurrent().navigate(BidListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("admin");
        assertThatThrownBy(() -> UI.getCurrent().navigate(BidListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
