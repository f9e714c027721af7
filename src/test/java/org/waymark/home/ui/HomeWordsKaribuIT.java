package org.waymark.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.KaribuTest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;

/**
 * Each role's home page (with the shell around it) names the signed-in person by the name they
 * go by and shows no login name and no code: levels, phases, nations and roles in words.
 */
class HomeWordsKaribuIT extends KaribuTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "senco           | Sam Whitfield",
            "head            | Jo Pemberton",
            "family.senco    | Alex Marsh",
            "caseworker      | Robin Hale",
            "lead.send       | Morgan Tate",
            "admin           | Chris Vale",
            "parent          | Hannah Carver",
            "parent.cy       | Hannah Carver",
            "family.senco.cy | Alex Marsh",
    })
    void the_home_page_names_people_and_things_in_words(String login, String displayName) {
        login(login);
        UI.getCurrent().navigate(HomeView.class);
        String text = org.waymark.ScreenText.of(_get(AppLayout.class));
        assertThat(text).contains(displayName);
        assertThat(text).doesNotContain("(" + login + ")", "by " + login, "gan " + login);
        if (login.contains(".")) {
            assertThat(text).doesNotContain(login);
        }
        assertThat(text).doesNotContain("AFN_", "HLN1", "HLN2", "HLN3", "SCHOOL_SENCO", "FAMILY_SENCO", "LA_ADMIN",
                "PRIMARY", "SECONDARY", "ENGLAND", "WALES", "SCOTLAND", "enum.", "home.", "!{", "!en:", "!cy:");
    }
}
