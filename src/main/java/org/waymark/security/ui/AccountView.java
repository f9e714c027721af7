package org.waymark.security.ui;

import java.time.Instant;

import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.security.service.CurrentUser;
import org.waymark.security.service.PasswordService;
import org.waymark.security.service.SignInSession;
import org.waymark.security.service.TwoStepService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;

/**
 * The signed-in person's own sign-in settings (DD012): changing their password, and two-step
 * sign-in — set up (school staff and parents may choose it; others have it already), or turned
 * off again where it is optional. Reached from the signed-in person's name in the header.
 */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button change = new Button();
    final Div twoStepSection = new Div();
    private final TwoStepService twoStep;

    public AccountView(PasswordService passwords, TwoStepService twoStep, CurrentUser currentUser) {
        this.twoStep = twoStep;
        setMaxWidth("40rem");
        current.setLabel(getTranslation("account.current"));
        current.setId("account-current");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        password.setLabel(getTranslation("account.new"));
        password.setHelperText(getTranslation("account.new.help"));
        password.setId("account-new");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("account.repeat"));
        repeat.setId("account-repeat");
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField f : new PasswordField[] {current, password, repeat}) {
            f.setWidthFull();
        }
        change.setText(getTranslation("account.change"));
        change.setId("account-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Feedback feedback = new Feedback().field("current", current).field("password", password).field("repeat", repeat);
        change.addClickListener(e -> feedback.call(() -> passwords.changeOwn(current.getValue(), password.getValue(),
                repeat.getValue()), changedAt -> {
                    keepThisSession(currentUser.require().userId(), changedAt);
                    current.clear();
                    password.clear();
                    repeat.clear();
                    return getTranslation("account.changed");
                }));
        twoStepSection.setId("account-two-step");
        add(new H2(getTranslation("account.password")), current, password, repeat, change,
                new H2(getTranslation("account.twoStep")), twoStepSection);
        showTwoStep();
    }

    /** The password change ended the account's sessions signed in before it; this one goes on from then. */
    private static void keepThisSession(long userId, Instant changedAt) {
        HttpSession session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
        SignInSession signIn = SignInSession.of(session);
        new SignInSession(userId, changedAt, signIn == null || signIn.twoStepDone()).store(session);
    }

    private void showTwoStep() {
        twoStepSection.removeAll();
        TwoStepService.Status status = twoStep.status();
        if (status.enrolled()) {
            twoStepSection.add(new Paragraph(getTranslation("account.twoStep.on", status.recoveryCodesLeft())));
            if (!status.required()) {
                Button off = new Button(getTranslation("account.twoStep.off"), e -> Confirmation
                        .of("account-two-step-off-confirm", getTranslation("account.twoStep.off.question"))
                        .says(getTranslation("account.twoStep.off.says"))
                        .confirm(getTranslation("account.twoStep.off"), () -> {
                            twoStep.turnOff();
                            Feedback.success(getTranslation("account.twoStep.offDone"));
                            showTwoStep();
                        }).danger().open());
                off.setId("account-two-step-off");
                off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                twoStepSection.add(off);
            }
        } else {
            twoStepSection.add(new Paragraph(getTranslation(status.required() ? "account.twoStep.required"
                    : "account.twoStep.optional")));
            Button setUp = new Button(getTranslation("account.twoStep.setUp"), e -> setUp());
            setUp.setId("account-two-step-set-up");
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoStepSection.add(setUp);
        }
    }

    private void setUp() {
        twoStepSection.removeAll();
        twoStepSection.add(new TwoStepEnrolment(twoStep, this::showTwoStep));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.pageTitle");
    }
}
