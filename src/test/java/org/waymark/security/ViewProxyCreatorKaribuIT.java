package org.waymark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.waymark.KaribuTest;
import org.waymark.home.ui.HomeView;
import org.waymark.plans.ui.ReviewListView;

import com.vaadin.flow.component.UI;

/**
 * The proxy creator remembers a view class's advisors (issue 23: the per-navigation matching was
 * the 1,000-user run's largest CPU cost), and views are still wrapped as before: a fresh proxy per
 * navigation, whose method security still refuses a role the view does not allow.
 */
class ViewProxyCreatorKaribuIT extends KaribuTest {

    private ViewProxyCreator creator() {
        return (ViewProxyCreator) context.getBean(AopConfigUtils.AUTO_PROXY_CREATOR_BEAN_NAME);
    }

    private static ReviewListView currentReviews() {
        return (ReviewListView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    @Test
    void the_creator_remembers_a_view_class_once_and_still_wraps_every_view() {
        login("senco");
        UI.getCurrent().navigate(ReviewListView.class);
        ReviewListView first = currentReviews();
        assertThat(creator().remembers(ReviewListView.class)).as("the class's advisors are kept after its first view").isTrue();

        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(ReviewListView.class);
        ReviewListView second = currentReviews();

        assertThat(AopUtils.isCglibProxy(first)).as("the view is wrapped by method security").isTrue();
        assertThat(AopUtils.isCglibProxy(second)).isTrue();
        assertThat(second).as("a navigation builds a fresh view, as the views rely on").isNotSameAs(first);
    }

    @Test
    void a_remembered_view_class_still_refuses_a_role_it_does_not_allow() {
        login("senco");
        UI.getCurrent().navigate(ReviewListView.class);
        ReviewListView reviews = currentReviews();
        login("parent");
        assertThatThrownBy(reviews::getPageTitle).isInstanceOf(AuthorizationDeniedException.class);
    }
}
