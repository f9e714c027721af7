package org.waymark.organisation.ui;

import org.waymark.base.ui.Feedback;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.organisation.service.AuthorityContactService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The authority's contact for SEND decisions and appeals, for its administrator (on their home
 * page, beside the authority's set-up): e-mail, telephone and postal address, printed in every
 * decision letter's appeal section. Bad input is shown beside its field and nothing is stored.
 */
public class AuthorityContactForm extends Section {

    private final AuthorityContactService contacts;
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextArea address = new TextArea();
    private int version;
    private final Feedback feedback;

    public AuthorityContactForm(AuthorityContactService contacts) {
        this.contacts = contacts;
        setId("authority-contact");
        addClassName("wm-section");
        H3 title = new H3(getTranslation("authority.contact.title"));
        title.setId("authority-contact-title");
        getElement().setAttribute("aria-labelledby", "authority-contact-title");
        Paragraph help = new Paragraph(getTranslation("authority.contact.help"));
        help.addClassName("wm-muted");

        email.setId("contact-email");
        email.setLabel(getTranslation("authority.contact.email"));
        email.setWidthFull();
        email.setMaxWidth("30em");
        email.getElement().setAttribute("autocomplete", "email");
        email.getElement().setAttribute("inputmode", "email");
        phone.setId("contact-phone");
        phone.setLabel(getTranslation("authority.contact.phone"));
        phone.setWidthFull();
        phone.setMaxWidth("20em");
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        address.setId("contact-address");
        address.setLabel(getTranslation("authority.contact.address"));
        address.setHelperText(getTranslation("authority.contact.addressHelp"));
        address.setWidthFull();
        address.setMaxWidth("30em");

        feedback = new Feedback().field("email", email).field("phone", phone).field("address", address)
                .onConflict("authority.contact.conflict", this::show);
        Button save = new Button(getTranslation("authority.contact.save"), e -> save());
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, help, email, phone, address, save);
        show();
    }

    private void save() {
        feedback.call(() -> contacts.changeContact(version, email.getValue(), phone.getValue(), address.getValue()),
                saved -> getTranslation("authority.contact.saved")).ifPresent(saved -> show());
    }

    /** The contact as stored now. */
    private void show() {
        AuthorityContactService.ContactForm form = contacts.contact();
        version = form.version();
        AuthorityContact contact = form.contact();
        email.setValue(contact.email() == null ? "" : contact.email());
        phone.setValue(contact.phone() == null ? "" : contact.phone());
        address.setValue(contact.postalAddress() == null ? "" : contact.postalAddress());
    }
}
