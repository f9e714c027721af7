package org.waymark.base.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Every new UI speaks the signed-in user's stored language; before sign-in, the language
 * chosen on the sign-in page (kept in the HTTP session, {@link LanguageSwitch#SESSION_LANGUAGE}) or the browser's.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            currentUser.find().ifPresentOrElse(
                    user -> {
                        // the session's locale too: Vaadin hands it to every UI of the session
                        Locale locale = Translations.supported(user.locale());
                        ui.getSession().setLocale(locale);
                        ui.setLocale(locale);
                    },
                    () -> {
                        VaadinSession session = VaadinSession.getCurrent();
                        Object chosen = session == null || session.getSession() == null ? null
                                : session.getSession().getAttribute(LanguageSwitch.SESSION_LANGUAGE);
                        if (chosen instanceof Locale onSignInPage) {
                            // chosen on the sign-in page (plain HTML, DD019)
                            Locale locale = Translations.supported(onSignInPage);
                            session.setLocale(locale);
                            ui.setLocale(locale);
                        } else if (session != null && session.getLocale() != null) {
                            ui.setLocale(Translations.supported(session.getLocale()));
                        }
                    });
        });
    }
}
