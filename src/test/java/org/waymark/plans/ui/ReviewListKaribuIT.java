package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.KaribuTest;
import org.waymark.plans.domain.PlanDirectory;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

/** The review list: scoped to the user's school or authority, overdue reviews flagged and filterable. */
class ReviewListKaribuIT extends KaribuTest {

    private List<PlanDirectory.ReviewRow> rows() {
        return _fetch(_get(ReviewListView.class).grid, 0, 1000);
    }

    @Test
    void a_senco_sees_the_reviews_of_their_school_with_overdue_ones_flagged() {
        login("senco");
        UI.getCurrent().navigate(ReviewListView.class);
        List<PlanDirectory.ReviewRow> all = rows();
        assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(r.schoolName()).isEqualTo("Larkfield Primary School"));
        assertThat(all).anySatisfy(r -> assertThat(r.overdue(today())).isTrue());
        assertThat(all).extracting(PlanDirectory.ReviewRow::nextReviewDate).isSorted();

        _get(ReviewListView.class).overdueOnly.setValue(true);
        assertThat(rows()).isNotEmpty().hasSizeLessThanOrEqualTo(all.size())
                .allSatisfy(r -> assertThat(r.overdue(today())).isTrue());
    }

    @Test
    void a_caseworker_sees_the_whole_authority_and_a_parent_is_refused() {
        login("caseworker");
        UI.getCurrent().navigate(ReviewListView.class);
        assertThat(rows()).extracting(PlanDirectory.ReviewRow::schoolName).hasSizeGreaterThan(3)
                .doesNotContain("Ysgol Gymraeg Pen-y-bryn");
        login("parent");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReviewListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
