package org.waymark.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.base.domain.Dates;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.NoticeService;
import org.waymark.plans.domain.Voice;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** Plan changes reach the family and the school as notifications that say what changed. */
class NotificationsKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService plans;
    @Autowired NoticeService notices;

    @Test
    void sharing_a_draft_tells_the_parent_what_and_until_when_and_the_bell_counts_it() {
        long child = demo.childOf("parent");
        long planId = demo.planOf(child);
        login("parent");
        long before = notices.unreadCount();

        login("senco");
        plans.shareWithFamily(planId, 10);
        String pupilName = plans.open(planId).pupilName();

        login("parent");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(NoticeBell.class).shownCount()).isEqualTo(before + 1);
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.texts().getFirst()).isEqualTo("SEN support plan for " + pupilName
                + ": the draft is open for your views and your child’s views until "
                + Dates.DAY_MONTH_YEAR.format(today().plusDays(9)) + ".");

        _click(_get(Button.class, spec -> spec.withId("notice-read-all")));
        assertThat(notices.unreadCount()).isZero();
    }

    @Test
    void the_parents_views_reach_the_schools_senco_but_not_the_parent_who_wrote_them() {
        long child = demo.childOf("parent");
        long planId = demo.planOf(child);
        login("senco");
        plans.shareWithFamily(planId, 15);
        long sencoBefore = notices.unreadCount();

        login("parent");
        long parentBefore = notices.unreadCount();
        plans.addFamilyViews(planId, Voice.CHILD, "I like the quiet room at lunch");
        assertThat(notices.unreadCount()).isEqualTo(parentBefore);

        login("senco");
        assertThat(notices.unreadCount()).isEqualTo(sencoBefore + 1);
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(NotificationsView.class).texts().getFirst())
                .startsWith("The child’s views were added to the draft SEN support plan for ");
    }

    @Test
    void a_welsh_parent_reads_notifications_in_welsh() {
        long child = demo.childOf("parent.cy");
        long planId = demo.planOf(child);
        login("senco.cy");
        plans.shareWithFamily(planId, 15);
        login("parent.cy");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(NotificationsView.class).texts().getFirst()).contains("mae’r drafft ar agor i’ch barn chi");
    }

    @Test
    void nobody_marks_someone_elses_notification() {
        long planId = demo.planOf(demo.childOf("parent"));
        login("senco");
        plans.shareWithFamily(planId, 12);
        login("parent");
        Notice mine = notices.mine().getFirst();
        login("parent.cy");
        assertThatThrownBy(() -> notices.markRead(mine.getId())).isInstanceOf(AccessDeniedException.class);
        login("parent");
        notices.markRead(mine.getId());
        assertThat(notices.mine().getFirst().isUnread()).isFalse();
    }
}
