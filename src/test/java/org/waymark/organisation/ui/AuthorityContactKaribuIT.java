package org.waymark.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.home.ui.HomeView;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.organisation.domain.LocalAuthorityRepository;
import org.waymark.organisation.service.AuthorityContactService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * The authority's administrator keeps its contact for SEND decisions on their home page: bad input
 * is shown beside its field and nothing is stored; a good one is stored and said so, alone. Only
 * the administrator sees the form or may change it, and only their own authority's.
 */
class AuthorityContactKaribuIT extends KaribuTest {

    @Autowired AuthorityContactService contacts;
    @Autowired LocalAuthorityRepository authorities;

    private AuthorityContact stored(String code) {
        return authorities.findAll().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow()
                .contact();
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("contact-save")));
    }

    @Test
    void the_administrator_changes_the_contact_with_messages_beside_the_fields() {
        AuthorityContact demo = stored("ARD");
        AuthorityContact english = stored("WLD");
        login("admin.sc");
        UI.getCurrent().navigate(HomeView.class);
        AuthorityContactForm form = _get(AuthorityContactForm.class);
        // the demo's contact, as the letters print it
        assertThat(form.email.getValue()).isEqualTo("asl.team@ardmuir.example");
        assertThat(form.phone.getValue()).isEqualTo("01632 960 581");
        assertThat(form.address.getValue()).startsWith("Additional Support for Learning Team\nArdmuir Council");
        try {
            form.email.setValue("asl.team@ardmuir");
            form.phone.setValue("960");
            save();
            assertThat(form.email.isInvalid()).isTrue();
            assertThat(form.email.getErrorMessage()).isEqualTo("Enter an e-mail address like send@council.gov.uk.");
            assertThat(form.phone.isInvalid()).isTrue();
            assertThat(form.phone.getErrorMessage()).startsWith("Enter a telephone number of 7 to 15 digits");
            assertThat(form.address.isInvalid()).isFalse();
            assertThat(OpenNotices.successes()).isEmpty();
            assertThat(OpenNotices.errors()).containsExactly("Nothing was saved: put right what is marked.");
            assertThat(stored("ARD")).isEqualTo(demo);

            form.email.setValue(" ASL@Ardmuir.example ");
            form.phone.setValue("01632 960 999");
            form.address.setValue("ASL Team\n\nShore Road\nArdmuir AR7 1QP\n");
            save();
            assertThat(stored("ARD")).isEqualTo(new AuthorityContact("asl@ardmuir.example", "01632 960 999",
                    "ASL Team\nShore Road\nArdmuir AR7 1QP"));
            assertThat(form.email.isInvalid()).isFalse();
            assertThat(form.phone.isInvalid()).isFalse();
            assertThat(OpenNotices.texts()).containsExactly("The contact is saved. New decision letters will print it.");
            // the form shows what is stored, tidied
            assertThat(form.email.getValue()).isEqualTo("asl@ardmuir.example");
            // another authority's contact is untouched
            assertThat(stored("WLD")).isEqualTo(english);

            // a second save from the same form works against the new version
            form.phone.setValue("01632 960 998");
            save();
            assertThat(stored("ARD").phone()).isEqualTo("01632 960 998");
        } finally {
            contacts.changeContact(contacts.contact().version(), demo.email(), demo.phone(), demo.postalAddress());
        }
    }

    @Test
    void only_the_administrator_sees_or_changes_the_contact() {
        for (String login : new String[] {"caseworker", "panel", "senco", "parent"}) {
            login(login);
            UI.getCurrent().navigate(HomeView.class);
            assertThat(_find(AuthorityContactForm.class)).as(login).isEmpty();
            assertThatThrownBy(() -> contacts.contact()).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contacts.changeContact(0, "x@y.example", null, null)).as(login)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
