package org.waymark.panels.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.PdfText;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.benchmark.Bundles;
import org.waymark.organisation.domain.AuthorityContact;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelKind;
import org.waymark.panels.domain.PanelOutcome;

/**
 * The decision letter carries the date of the letter — the day it was sent — besides the day
 * the panel met; a letter not yet sent says it is a draft and when it was written.
 */
class LetterDocumentTest {

    private static final LocalDate MET = LocalDate.of(2026, 11, 27);
    private static final LocalDate WRITTEN = LocalDate.of(2026, 12, 1);

    private static LetterDocument.Content content(@Nullable LocalDate sentOn) {
        return content(sentOn, AuthorityContact.NONE);
    }

    private static LetterDocument.Content content(@Nullable LocalDate sentOn, AuthorityContact contact) {
        PanelCase decided = new PanelCase(CaseKind.NEW_BID, 1, 7, 11L, null, null, PanelOutcome.AWARDED, "HLN1",
                new BigDecimal("10987"), AllocationPeriod.KEY_STAGE, null, "Medical descriptors at HLN 1.",
                "caseworker", Instant.parse("2026-11-27T10:00:00Z"));
        return new LetterDocument.Content("Glanmor County Council", "Ava Ashworth", "Larkfield Primary School",
                PanelKind.HLN_MAIN, MET, decided, "HLN 1", LocalDate.of(2027, 1, 4), LocalDate.of(2029, 7, 20),
                sentOn, WRITTEN, 20, sentOn == null ? null : LocalDate.of(2027, 1, 5), contact);
    }

    @ParameterizedTest(name = "{0}, sent {1}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "en | 2026-12-03 | Date of this letter: 3/12/2026                       | met on 27/11/2026",
            "cy | 2026-12-03 | Dyddiad y llythyr hwn: 3/12/2026                     | ar 27/11/2026",
            "en | -          | Draft, not yet sent (written 1/12/2026)              | met on 27/11/2026",
            "cy | -          | Drafft, heb ei anfon eto (ysgrifennwyd 1/12/2026)    | ar 27/11/2026",
    })
    void the_letter_is_dated_the_day_it_is_sent_besides_the_meeting_date(String language, @Nullable LocalDate sentOn,
                                                                         String dateLine, String meetingLine)
            throws Exception {
        String text = PdfText.of(new LetterDocument(Bundles.labels(Locale.forLanguageTag(language)))
                .render(content(sentOn))).replaceAll("\\s+", " ");
        assertThat(text).contains(dateLine, meetingLine);
        if (sentOn == null) {
            assertThat(text).doesNotContain("Date of this letter", "Dyddiad y llythyr hwn");
        } else {
            assertThat(text).doesNotContain("Draft", "Drafft", "1/12/2026");
        }
    }

    @ParameterizedTest(name = "{0}, sent {1}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "en | 2026-12-03 | speak to the head teacher of Larkfield Primary School | through the family of schools"
                    + " | must ask for the appeal by 5/1/2027: 20 working days from the date of this letter"
                    + " | contact Glanmor County Council",
            "cy | 2026-12-03 | siaradwch â phennaeth Larkfield Primary School | drwy’r teulu o ysgolion"
                    + " | ofyn am yr apêl erbyn 5/1/2027: 20 diwrnod gwaith o ddyddiad y llythyr hwn"
                    + " | cysylltwch â Glanmor County Council",
            "en | -          | speak to the head teacher of Larkfield Primary School | through the family of schools"
                    + " | must ask for the appeal within 20 working days of the date of this letter"
                    + " | contact Glanmor County Council",
            "cy | -          | siaradwch â phennaeth Larkfield Primary School | drwy’r teulu o ysgolion"
                    + " | ofyn am yr apêl o fewn 20 diwrnod gwaith i ddyddiad y llythyr hwn"
                    + " | cysylltwch â Glanmor County Council",
    })
    void the_appeal_section_tells_the_route_the_deadline_and_whom_to_contact(String language,
                                                                             @Nullable LocalDate sentOn, String route,
                                                                             String family, String deadline,
                                                                             String contact) throws Exception {
        String text = PdfText.of(new LetterDocument(Bundles.labels(Locale.forLanguageTag(language)))
                .render(content(sentOn))).replaceAll("\\s+", " ");
        assertThat(text).contains(route, family, deadline, contact);
        // the level by its name, never its code
        assertThat(text).contains("HLN 1").doesNotContain("HLN1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | E-mail: aln.team@glanmor.example | Telephone: 01632 960 347"
                    + " | By post: ALN Team, Glanmor County Council, Neuadd y Sir, Glanmor GM3 4BX",
            "cy | E-bost: aln.team@glanmor.example | Ffôn: 01632 960 347"
                    + " | Drwy’r post: ALN Team, Glanmor County Council, Neuadd y Sir, Glanmor GM3 4BX",
    })
    void the_appeal_section_gives_the_authority_s_contact(String language, String email, String phone, String post)
            throws Exception {
        AuthorityContact contact = AuthorityContact.of("aln.team@glanmor.example", "01632 960 347",
                "ALN Team\nGlanmor County Council\nNeuadd y Sir\nGlanmor GM3 4BX");
        String text = PdfText.of(new LetterDocument(Bundles.labels(Locale.forLanguageTag(language)))
                .render(content(LocalDate.of(2026, 12, 3), contact))).replaceAll("\\s+", " ");
        String appeal = text.substring(text.indexOf(language.equals("cy") ? "siaradwch" : "speak to the head"));
        assertThat(appeal).contains(email, phone, post);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "cy"})
    void without_a_contact_the_letter_names_the_authority_alone(String language) throws Exception {
        String text = PdfText.of(new LetterDocument(Bundles.labels(Locale.forLanguageTag(language)))
                .render(content(LocalDate.of(2026, 12, 3)))).replaceAll("\\s+", " ");
        assertThat(text).contains("Glanmor County Council").doesNotContain("E-mail:", "E-bost:", "Telephone:", "Ffôn:",
                "By post:", "Drwy’r post:");
    }
}
