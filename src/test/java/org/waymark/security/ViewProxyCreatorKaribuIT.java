package org.waymark.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.aop.config.AopConfigUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.waymark.KaribuTest;
import org.waymark.base.ui.LanguageSwitch;
import org.waymark.base.ui.MainLayout;
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
    void the_shell_is_kept_from_page_to_page_and_redrawn_for_another_person_or_language() {
        login("senco");
        UI.getCurrent().navigate(ReviewListView.class);
        MainLayout shell = currentShell();
        String sencoName = accountLinkText();

        UI.getCurrent().navigate(HomeView.class);
        assertThat(currentShell()).as("the shell is not built again for the next page").isSameAs(shell);
        assertThat(AopUtils.isAopProxy(shell)).as("the shell is not wrapped").isFalse();
        assertThat(accountLinkText()).isEqualTo(sencoName);

        String caseworkerName = login("caseworker").scope().displayName();
        UI.getCurrent().navigate(ReviewListView.class);
        assertThat(currentShell()).isSameAs(shell);
        assertThat(accountLinkText()).as("another person's name once the scope changed")
                .isEqualTo(caseworkerName).isNotEqualTo(sencoName);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("account-link")))
                .as("drawn once, not added to").hasSize(1);

        String english = _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("sign-out")).getText();
        LanguageSwitch.applyLocale(org.waymark.base.ui.Translations.WELSH);
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("sign-out")).getText())
                .as("the shell speaks the new language").isNotEqualTo(english);
    }

    private static MainLayout currentShell() {
        return (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
    }

    private static String accountLinkText() {
        return _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("account-link")).getText();
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
