package org.waymark.security.ui;

import org.waymark.base.ui.Feedback;
import org.waymark.security.service.PasswordService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Setting a new password with the one-time reset code an administrator gave (DD012). A wrong,
 * used or expired code gets one answer, whoever's account it names.
 */
@Route(value = "password-reset", autoLayout = false)
@AnonymousAllowed
public class PasswordResetView extends Main implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField code = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public PasswordResetView(PasswordService passwords) {
        addClassName("wm-login");
        username.setLabel(getTranslation("login.username"));
        username.setId("reset-username");
        code.setLabel(getTranslation("reset.code"));
        code.setId("reset-code");
        password.setLabel(getTranslation("account.new"));
        password.setHelperText(getTranslation("account.new.help"));
        password.setId("reset-password");
        repeat.setLabel(getTranslation("account.repeat"));
        repeat.setId("reset-repeat");
        for (var f : new com.vaadin.flow.component.HasSize[] {username, code, password, repeat}) {
            f.setWidthFull();
        }
        save.setText(getTranslation("reset.save"));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Feedback feedback = new Feedback().field("code", code).field("password", password).field("repeat", repeat);
        Anchor back = new Anchor("login", getTranslation("reset.back"));
        save.addClickListener(e -> {
            String address = VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr();
            if (feedback.run(() -> passwords.resetWithCode(username.getValue(), code.getValue(), password.getValue(),
                    repeat.getValue(), address), "reset.done")) {
                password.clear();
                repeat.clear();
                code.clear();
            }
        });
        Div card = new Div(new H1(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")),
                username, code, password, repeat, save, back);
        card.addClassName("wm-login-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.pageTitle");
    }
}
