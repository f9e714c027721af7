package org.waymark.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.KaribuTest;
import org.waymark.security.domain.EmailNotices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

/** A person chooses on their notifications page whether and how notices reach them by e-mail. */
class MailSettingsKaribuIT extends KaribuTest {

    @Autowired JdbcClient jdbc;

    private Object[] before = new Object[2];

    @BeforeEach
    void remember() {
        before = jdbc.sql("SELECT email, email_notices FROM app_user WHERE username = 'parent'")
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2)}).single();
    }

    @AfterEach
    void restore() {
        jdbc.sql("UPDATE app_user SET email = :e, email_notices = :c WHERE username = 'parent'")
                .param("e", before[0]).param("c", before[1]).update();
    }

    @Test
    void a_parent_chooses_a_daily_digest_and_a_bad_address_is_refused_beside_the_field() {
        login("parent");
        UI.getCurrent().navigate(NotificationsView.class);
        TextField email = _get(TextField.class, spec -> spec.withId("mail-email"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailNotices> choice = _get(RadioButtonGroup.class, spec -> spec.withId("mail-choice"));
        Paragraph status = _get(Paragraph.class, spec -> spec.withId("mail-status"));
        assertThat(email.getLabel()).isEqualTo("E-mail address");
        assertThat(choice.getItemLabelGenerator().apply(EmailNotices.DIGEST)).isEqualTo("Once a day, as a summary");
        // this portal has a mail server (the test profile's): no "not set up" note
        assertThat(_find(Paragraph.class, spec -> spec.withId("mail-off"))).isEmpty();

        email.setValue("parent.example.org");
        choice.setValue(EmailNotices.DIGEST);
        _click(_get(Button.class, spec -> spec.withId("mail-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address like name@example.org.");
        assertThat(status.getText()).isEmpty();
        assertThat(accounts.myMailSettings().choice().name()).isEqualTo(before[1]);

        email.setValue("  Parent@Example.org ");
        _click(_get(Button.class, spec -> spec.withId("mail-save")));
        assertThat(email.isInvalid()).isFalse();
        assertThat(email.getErrorMessage()).isNullOrEmpty();
        assertThat(status.getText()).isEqualTo("E-mail settings saved.");
        assertThat(email.getValue()).isEqualTo("parent@example.org");
        assertThat(accounts.myMailSettings().email()).isEqualTo("parent@example.org");
        assertThat(accounts.myMailSettings().choice()).isEqualTo(EmailNotices.DIGEST);

        // the stored choice is what the page shows next time
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(NotificationsView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailNotices> again = _get(RadioButtonGroup.class, spec -> spec.withId("mail-choice"));
        assertThat(again.getValue()).isEqualTo(EmailNotices.DIGEST);
    }

    @Test
    void choosing_mail_without_an_address_asks_for_one_and_never_is_fine_without() {
        login("parent");
        UI.getCurrent().navigate(NotificationsView.class);
        TextField email = _get(TextField.class, spec -> spec.withId("mail-email"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailNotices> choice = _get(RadioButtonGroup.class, spec -> spec.withId("mail-choice"));
        email.setValue("");
        choice.setValue(EmailNotices.EACH);
        _click(_get(Button.class, spec -> spec.withId("mail-save")));
        assertThat(email.getErrorMessage()).isEqualTo("Enter your e-mail address, or choose “Never”.");

        choice.setValue(EmailNotices.NONE);
        _click(_get(Button.class, spec -> spec.withId("mail-save")));
        assertThat(email.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-status")).getText())
                .isEqualTo("E-mail settings saved.");
        assertThat(accounts.myMailSettings().choice()).isEqualTo(EmailNotices.NONE);
        assertThat(accounts.myMailSettings().email()).isNull();
    }

    @Test
    void a_welsh_parent_sees_the_choice_in_welsh() {
        login("parent.cy");
        UI.getCurrent().navigate(NotificationsView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("mail-email")).getLabel()).isEqualTo("Cyfeiriad e-bost");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailNotices> choice = _get(RadioButtonGroup.class, spec -> spec.withId("mail-choice"));
        assertThat(choice.getLabel()).isEqualTo("Anfon e-bost ataf");
        assertThat(choice.getItemLabelGenerator().apply(EmailNotices.EACH)).isEqualTo("Ar gyfer pob hysbysiad");
        assertThat(choice.getItemLabelGenerator().apply(EmailNotices.NONE)).isEqualTo("Byth");
    }
}
