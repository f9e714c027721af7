package org.waymark.security.ui;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.waymark.base.ui.LanguageSwitch;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in against the portal's own accounts, or through the authority's identity provider when
 * one is configured (DD012). Every failed sign-in gets the same message — a wrong name, a wrong
 * password, a locked or disabled account and a throttled address look alike (ASVS 6.3.8), so
 * the page tells nobody which accounts exist. A reset code from an administrator is used on its
 * own page.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private final LoginForm login = new LoginForm();

    public LoginView(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        addClassName("wm-login");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

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
        Div card = new Div(logo, title, description, login);
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration r) {
                    Anchor provider = new Anchor("oauth2/authorization/" + r.getRegistrationId(),
                            getTranslation("login.provider", r.getClientName()));
                    provider.setRouterIgnore(true);
                    provider.addClassName("wm-login-provider");
                    card.add(provider);
                }
            }
        }
        Anchor reset = new Anchor("password-reset", getTranslation("login.resetCode"));
        reset.setId("login-reset-code");
        card.add(reset, new Paragraph(getTranslation("login.intro")), language);
        card.addClassName("wm-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
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
