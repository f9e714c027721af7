package org.waymark.notifications.ui;

import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.notifications.service.NoticeService;
import org.waymark.security.domain.EmailNotices;
import org.waymark.security.domain.MailSettings;
import org.waymark.security.service.AccountService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The user's own choice of e-mail notifications, on their notifications page: the address and
 * how often (each notice, a daily summary, never). Broken rules are shown beside the field; a
 * save says so and clears earlier messages.
 */
class MailSettingsForm extends Section {

    private final AccountService accounts;
    final TextField email = new TextField();
    final RadioButtonGroup<EmailNotices> choice = new RadioButtonGroup<>();
    final Paragraph status = new Paragraph();
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    MailSettingsForm(AccountService accounts, NoticeService notices) {
        this.accounts = accounts;
        setId("mail-settings");
        addClassName("wm-mail-settings");
        H3 title = new H3(getTranslation("mail.settings.title"));
        title.setId("mail-settings-title");
        getElement().setAttribute("aria-labelledby", "mail-settings-title");
        Paragraph intro = new Paragraph(getTranslation("mail.settings.intro"));
        intro.addClassName("wm-muted");

        email.setId("mail-email");
        email.setLabel(getTranslation("mail.settings.email"));
        email.setWidthFull();
        email.setMaxWidth("30em");
        email.getElement().setAttribute("autocomplete", "email");
        TextLimit.apply(email, MailSettings.EMAIL_MAX);
        email.getElement().setAttribute("inputmode", "email");

        choice.setId("mail-choice");
        choice.setLabel(getTranslation("mail.settings.choice"));
        choice.setItems(EmailNotices.values());
        choice.setItemLabelGenerator(c -> getTranslation("mail.settings." + c.name()));

        Button save = new Button(getTranslation("mail.settings.save"), e -> save());
        save.setId("mail-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        status.setId("mail-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        add(title, intro);
        if (!notices.mailConfigured()) {
            Paragraph off = new Paragraph(getTranslation("mail.settings.off"));
            off.setId("mail-off");
            add(off);
        }
        add(email, choice, save, status);

        MailSettings mine = accounts.myMailSettings();
        email.setValue(mine.email() == null ? "" : mine.email());
        choice.setValue(mine.choice());
        unsaved.saved();
    }

    private void save() {
        clearErrors();
        try {
            MailSettings saved = accounts.changeMyMailSettings(email.getValue(), choice.getValue());
            email.setValue(saved.email() == null ? "" : saved.email());
            status.setText(getTranslation("mail.settings.saved"));
            unsaved.saved();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                String message = ViolationNotice.message(v);
                if ("email".equals(v.field())) {
                    email.setInvalid(true);
                    email.setErrorMessage(message);
                } else {
                    choice.setInvalid(true);
                    choice.setErrorMessage(message);
                }
            }
        }
    }

    private void clearErrors() {
        status.setText("");
        email.setInvalid(false);
        email.setErrorMessage(null);
        choice.setInvalid(false);
        choice.setErrorMessage(null);
    }
}
