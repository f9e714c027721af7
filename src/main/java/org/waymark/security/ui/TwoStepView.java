package org.waymark.security.ui;


import org.waymark.security.service.SignInSession;
import org.waymark.security.service.TwoStepPending;
import org.waymark.security.service.TwoStepService;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The second step of a sign-in (DD012): a code from the authenticator app or a recovery code; or,
 * for someone whose role requires two-step sign-in and who has no authenticator yet, setting one up
 * first. Nothing else opens until this is done. Someone fully signed in is sent home.
 */
@Route(value = "two-step", autoLayout = false)
@PermitAll
public class TwoStepView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoStepService twoStep;
    private final AuthenticationContext authentication;
    final TextField code = new TextField();
    final Button verify = new Button();

    public TwoStepView(TwoStepService twoStep, AuthenticationContext authentication) {
        this.twoStep = twoStep;
        this.authentication = authentication;
        addClassName("wm-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof TwoStepPending)) {
            event.forwardTo("");
            return;
        }
        removeAll();
        TwoStepService.Status status = twoStep.status();
        Div card = new Div(new H1(getTranslation("twostep.title")));
        card.addClassName("wm-login-card");
        if (status.enrolled()) {
            card.add(new Paragraph(getTranslation("twostep.verify.text")));
            code.setLabel(getTranslation("twostep.verify.code"));
            code.setId("two-step-code");
            code.getElement().setAttribute("autocomplete", "one-time-code");
            code.setAutofocus(true);
            code.setWidthFull();
            verify.setText(getTranslation("twostep.verify.submit"));
            verify.setId("two-step-verify");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            verify.addClickShortcut(Key.ENTER);
            verify.addClickListener(e -> {
                if (twoStep.verify(code.getValue())) {
                    complete();
                } else {
                    code.setErrorMessage(getTranslation("twostep.code.wrong"));
                    code.setInvalid(true);
                    code.clear();
                }
            });
            card.add(code, verify, new Paragraph(getTranslation("twostep.verify.lost")));
        } else {
            card.add(new Paragraph(getTranslation("twostep.enrol.required")), new TwoStepEnrolment(twoStep, this::complete));
        }
        Button signOut = new Button(getTranslation("shell.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("two-step-sign-out");
        card.add(signOut);
        add(card);
    }

    /**
     * The second step is passed: the session remembers it, gets a new id (as at the password step:
     * an id seen before the second step is worth nothing after it) and the page reloads into the portal.
     */
    private void complete() {
        HttpServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        HttpSession session = request.getSession();
        SignInSession signIn = SignInSession.of(session);
        if (signIn != null) {
            signIn.withTwoStepDone().store(session);
        }
        request.changeSessionId();
        UI.getCurrent().getPage().setLocation(".");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twostep.pageTitle");
    }
}
