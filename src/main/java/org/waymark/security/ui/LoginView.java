package org.waymark.security.ui;

import java.util.Locale;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.waymark.base.ui.LanguageSwitch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in against the portal's own accounts. After five failed attempts an account is locked
 * for a while; the page says so instead of repeating "wrong password".
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("wm-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(false));

        Image logo = new Image("assets/icons/waymark.svg", "");
        logo.addClassName("wm-login-logo");
        boolean welsh = WELSH.getLanguage().equals(getLocale().getLanguage());
        Button language = new Button(getTranslation("shell.switchLanguage"),
                e -> switchLanguage(welsh ? Locale.ENGLISH : WELSH));
        language.getElement().setAttribute("lang", welsh ? "en" : "cy");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("login-language");

        H1 title = new H1(getTranslation("app.name"));
        Paragraph description = new Paragraph(getTranslation("login.description"));
        description.addClassName("wm-login-description");
        Div card = new Div(logo, title, description, login, new Paragraph(getTranslation("login.intro")), language);
        card.addClassName("wm-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            login.setI18n(i18n(failure instanceof LockedException));
            login.setError(true);
        }
    }

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation(locked ? "login.locked.title" : "login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation(locked ? "login.locked.message" : "login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    private void switchLanguage(Locale locale) {
        LanguageSwitch.applyLocale(locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
