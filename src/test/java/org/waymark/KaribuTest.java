package org.waymark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.WaymarkUserDetails;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Base of the browserless UI tests: the whole application on the in-memory demo database, a
 * mocked Vaadin environment, and sign-in as any demo user without the login form.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.waymark");

    static {
        // No Vaadin Copilot in the mocked servlet: at every service start (each test's MockVaadin.setup) it
        // scans the whole class path for debug views — seconds per test. The mocked servlet has no Spring
        // environment for Copilot to read vaadin.copilot.enable from, so it reads this system property.
        System.setProperty("vaadin.copilot.enable", "false");
    }

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected AccountService accounts;

    /** The application's clock (pinned to a school day by {@code waymark.clock.start}): tests read dates from it. */
    @Autowired
    protected Clock clock;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Today by the application's clock. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Clicks the button with the id, as a user would (refused if it is disabled or hidden). */
    protected static void click(String id) {
        com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId(id)));
    }

    /** The select with the id. */
    @SuppressWarnings("unchecked")
    protected static <T> com.vaadin.flow.component.select.Select<T> select(String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId(id));
    }

    /** Signs in as a demo user, as the login form would, and sets the UI to their language. */
    protected WaymarkUserDetails login(String username) {
        WaymarkUserDetails user = SignIn.as(accounts, username);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        List<String> roles = user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                .toList();
        request.setUserInRole((principal, role) -> roles.contains(role));
        Locale locale = user.scope().locale();
        UI.getCurrent().setLocale(locale);
        return user;
    }
}
