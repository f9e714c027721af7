package org.waymark.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.waymark.notifications.service.NoticeService;
import org.waymark.notifications.ui.NoticeBell;
import org.waymark.organisation.ui.SchemeGate;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

/**
 * The shell around every signed-in page: a drawer with the navigation entries the user's role
 * may open (Vaadin filters menu entries by each view's access annotation) within the schemes the
 * user's authority runs ({@link SchemeGate}), a header with the
 * page title, the notification bell, the language switch and sign-out.
 */
@Layout
@PermitAll
// the menu's elements are written as markup (menu()): their scripts are still wanted in the bundle
@Uses(SideNav.class)
@Uses(SideNavItem.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();
    private final CurrentUser currentUser;
    private final LanguageSwitch languageSwitch;
    private final AuthenticationContext authentication;
    private final NoticeService notices;
    private final SchemeGate schemes;

    /** The person and language the header and menu were drawn for: drawn again when either changes. */
    private @Nullable UserScope drawnFor;
    private @Nullable Locale drawnIn;
    private @Nullable NoticeBell bell;
    private final List<Component> drawn = new ArrayList<>();

    MainLayout(CurrentUser currentUser, LanguageSwitch languageSwitch, AuthenticationContext authentication,
               NoticeService notices, SchemeGate schemes) {
        this.currentUser = currentUser;
        this.languageSwitch = languageSwitch;
        this.authentication = authentication;
        this.notices = notices;
        this.schemes = schemes;
        setPrimarySection(Section.DRAWER);
        pageTitle.addClassName("wm-page-title");
        draw(currentUser.require());
    }

    /**
     * Draws the header and the menu for the person. Vaadin keeps this shell from one page to the next
     * (it is not wrapped by method security: {@code ViewProxyCreator}), so it is drawn again only
     * when the person's name, roles, scope or language change.
     */
    private void draw(UserScope user) {
        drawn.forEach(this::remove);
        drawn.clear();
        drawnFor = user;
        drawnIn = getLocale();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));

        // Sign-in, passwords and sessions (DD012): the name leads to the person's own sign-in settings
        Anchor userName = new Anchor("account", user.displayName());
        userName.getElement().setAttribute("router-link", true);
        userName.setId("account-link");
        userName.getElement().setAttribute("aria-label", getTranslation("nav.account") + ": " + user.displayName());
        userName.addClassNames("wm-user-name", "wm-wide-only");
        Button signOut = new Button(getTranslation("shell.signOut"), new Icon(VaadinIcon.SIGN_OUT),
                e -> signOut(authentication));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        // on a phone the header keeps the title, the bell and the language; signing out is in the menu
        signOut.addClassName("wm-wide-only");

        bell = new NoticeBell(notices);
        HorizontalLayout header = new HorizontalLayout(toggle, pageTitle, bell, languageSwitch.button(), userName,
                signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(pageTitle);
        header.setWidthFull();
        header.addClassName("wm-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("wm-brand");
        Html nav = menu();
        Button drawerSignOut = new Button(getTranslation("shell.signOutOf", user.displayName()),
                new Icon(VaadinIcon.SIGN_OUT), e -> signOut(authentication));
        drawerSignOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        drawerSignOut.setId("drawer-sign-out");
        drawerSignOut.addClassName("wm-drawer-sign-out");
        Scroller menu = new Scroller(nav);
        addToDrawer(brand, menu, drawerSignOut);
        drawn.addAll(List.of(header, brand, menu, drawerSignOut));
    }

    /** Signing out loses what an editor holds unsaved: asked first, like leaving by the menu. */
    private void signOut(AuthenticationContext authentication) {
        getUI().ifPresent(ui -> UnsavedChanges.confirmThen(ui, authentication::logout));
    }

    /**
     * The menu as one element whose items are plain markup: the same {@code vaadin-side-nav} and
     * {@code vaadin-side-nav-item} elements the Java components make, which highlight the current
     * page and navigate in the browser themselves, but held on the server as one state node instead
     * of three per entry with a listener each (DD025: 29 of a school SENCO's 71 shell nodes).
     */
    private Html menu() {
        org.jsoup.nodes.Element nav = Markup.root("vaadin-side-nav").addClass("wm-nav");
        nav.appendElement("span").attr("slot", "label").text(getTranslation("shell.navigation"));
        // the access annotations chose the entries for the role; the authority's schemes narrow them
        Predicate<Class<?>> opens = schemes.opener();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (opens.test(entry.menuClass())) {
                // relative, as SideNavItem writes it; the routes' paths are plain ASCII, so nothing to encode
                String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
                org.jsoup.nodes.Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path);
                if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                    item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
                }
                item.appendText(getTranslation(entry.title()));
            }
        }
        return Markup.of(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        // each page's own content is its one main landmark (the layout's header and menu are not)
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
        UserScope user = currentUser.require();
        if (!user.equals(drawnFor) || !getLocale().equals(drawnIn)) {
            draw(user);
        }
        String title = content instanceof HasDynamicTitle titled ? titled.getPageTitle() : getTranslation("app.name");
        pageTitle.setText(title);
        java.util.Objects.requireNonNull(bell).refresh();
    }
}
