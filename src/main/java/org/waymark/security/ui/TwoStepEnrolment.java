package org.waymark.security.ui;

import java.util.List;

import org.waymark.base.ui.Feedback;
import org.waymark.security.service.TwoStepService;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Setting up an authenticator app: the QR code to scan, the same secret as text (for a screen
 * reader or typing it in), a code from the app to confirm, then the ten recovery codes shown once.
 * {@code done} runs when the person has seen their recovery codes and goes on.
 */
class TwoStepEnrolment extends Composite<VerticalLayout> {

    final TextField code = new TextField();
    final Button confirm = new Button();
    final Div recovery = new Div();

    TwoStepEnrolment(TwoStepService twoStep, Runnable done) {
        TwoStepService.Enrolment enrolment = twoStep.beginEnrolment();
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("two-step-enrol");
        Image qr = new Image(enrolment.qrDataUri(), getTranslation("twostep.qr.alt"));
        qr.setId("two-step-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Span secret = new Span(grouped(enrolment.secret()));
        secret.setId("two-step-secret");
        secret.getElement().setAttribute("aria-label", getTranslation("twostep.secret.label") + " "
                + String.join(" ", enrolment.secret().split("")));
        secret.addClassName("wm-two-step-secret");
        code.setLabel(getTranslation("twostep.code"));
        code.setId("two-step-enrol-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAllowedCharPattern("[0-9 ]");
        confirm.setText(getTranslation("twostep.enrol.confirm"));
        confirm.setId("two-step-enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Feedback feedback = new Feedback().field("code", code);
        confirm.addClickListener(e -> {
            var codes = twoStep.confirmEnrolment(code.getValue());
            if (codes.isEmpty()) {
                code.setErrorMessage(getTranslation("twostep.code.wrong"));
                code.setInvalid(true);
                return;
            }
            feedback.clearErrors();
            showRecovery(codes.get(), done);
        });
        layout.add(new Paragraph(getTranslation("twostep.enrol.scan")), qr,
                new Paragraph(getTranslation("twostep.enrol.secret")), secret,
                new Paragraph(getTranslation("twostep.enrol.enterCode")), code, confirm, recovery);
    }

    private void showRecovery(List<String> codes, Runnable done) {
        code.setEnabled(false);
        confirm.setEnabled(false);
        OrderedList list = new OrderedList();
        list.setId("two-step-recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button next = new Button(getTranslation("twostep.recovery.saved"), e -> done.run());
        next.setId("two-step-recovery-saved");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recovery.add(new H2(getTranslation("twostep.recovery.title")),
                new Paragraph(getTranslation("twostep.recovery.text")), list, next);
        Feedback.success(getTranslation("twostep.enrol.done"));
        next.focus();
    }

    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
