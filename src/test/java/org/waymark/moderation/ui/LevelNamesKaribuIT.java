package org.waymark.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.BidScenarios;
import org.waymark.KaribuTest;
import org.waymark.base.ui.Translations;
import org.waymark.moderation.domain.ModerationMeetingRepository;
import org.waymark.moderation.service.ModerationService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/**
 * The moderation meeting's AFN band drop-down names levels as every other screen does
 * ({@code Translations.level}), in the reader's language: one name for each level.
 */
class LevelNamesKaribuIT extends KaribuTest {

    @Autowired BidScenarios scenarios;
    @Autowired ModerationService moderation;
    @Autowired ModerationMeetingRepository meetings;

    private static List<String> labels(Select<String> select) {
        return select.getListDataView().getItems().map(code -> select.getItemLabelGenerator().apply(code)).toList();
    }

    private static long valuesEqualTo(String file, String text) throws Exception {
        Properties bundle = new Properties();
        try (var in = LevelNamesKaribuIT.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.values().stream().filter(text::equals).count();
    }

    @Test
    void the_afn_band_drop_down_names_levels_the_one_way_in_both_languages() throws Exception {
        long afn = scenarios.submittedAfn();
        login("family.senco");
        long meetingId = moderation.open(today());
        int index = meetings.findById(meetingId).orElseThrow().indexOfBid(afn);
        UI.getCurrent().navigate("moderation/" + meetingId);
        Select<String> level = select("level-" + index);
        assertThat(labels(level)).containsExactly("AFN low", "AFN medium", "AFN high");
        assertThat(labels(level)).containsExactlyElementsOf(level.getListDataView().getItems()
                .map(Translations::level).toList());

        UI.getCurrent().setLocale(Translations.WELSH);
        UI.getCurrent().navigate(ModerationListView.class);
        UI.getCurrent().navigate("moderation/" + meetingId);
        assertThat(labels(select("level-" + index))).containsExactly("AFN isel", "AFN canolig", "AFN uchel");

        // named once in each language: no second set of keys for the same levels
        for (String band : List.of("AFN low", "AFN medium", "AFN high")) {
            assertThat(valuesEqualTo("translations.properties", band)).as(band).isEqualTo(1);
        }
        for (String band : List.of("AFN isel", "AFN canolig", "AFN uchel")) {
            assertThat(valuesEqualTo("translations_cy.properties", band)).as(band).isEqualTo(1);
        }
    }
}
