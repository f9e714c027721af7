package org.waymark.base.ui;

import java.util.Locale;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.AccountService;
import org.waymark.security.service.CurrentUser;
import org.waymark.security.service.WaymarkUserDetails;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * English / Cymraeg switch. The choice is stored on the user's account, so it follows them to
 * the next sign-in, and applied to the current session at once.
 */
@Component
@UIScope
public class LanguageSwitch {

    /**
     * The HTTP session attribute (a {@link Locale}) holding the language chosen on the sign-in page,
     * which is not a Vaadin page (DD019): the pages before sign-in (two-step, reset code) speak it.
     */
    public static final String SESSION_LANGUAGE = "org.waymark.language";

    private final AccountService accounts;
    private final CurrentUser currentUser;

    LanguageSwitch(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    public Button button() {
        Locale other = otherLanguage(UI.getCurrent().getLocale());
        Button button = new Button(UI.getCurrent().getTranslation("shell.switchLanguage"), new Icon(VaadinIcon.GLOBE));
        button.getElement().setAttribute("lang", other.getLanguage());
        button.getElement().setAttribute("aria-label", UI.getCurrent().getTranslation("shell.switchLanguage.label"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("language-switch");
        button.addClickListener(e -> switchTo(other));
        return button;
    }

    public void switchTo(Locale locale) {
        UserScope updated = accounts.changeLanguage(currentUser.require(), locale);
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                new WaymarkUserDetails(updated), null, old == null ? java.util.List.of() : old.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(refreshed);
        applyLocale(locale);
    }

    /** Sets the language for this session and redraws the current page in it. */
    public static void applyLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }

    static Locale otherLanguage(Locale current) {
        return "cy".equals(current.getLanguage()) ? Translations.ENGLISH : Translations.WELSH;
    }
}
