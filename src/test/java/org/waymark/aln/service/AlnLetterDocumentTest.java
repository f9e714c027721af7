package org.waymark.aln.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.AlnScenarios;
import org.waymark.PdfText;
import org.waymark.aln.domain.AlnDecision;
import org.waymark.aln.domain.AlnReferral;
import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ConcernSource;
import org.waymark.aln.domain.Decider;
import org.waymark.aln.domain.MaintainerReason;
import org.waymark.aln.domain.ReferralOutcome;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.benchmark.Bundles;

/**
 * The two letters to the family, read back from the PDF in English and in Welsh: the no-ALN letter
 * with the tests, reasons and what happens next; the authority's decision on a referral from a
 * school (with the school's reasons) and from a parent.
 */
class AlnLetterDocumentTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final AlnLetterDocument.Parties PARTIES = new AlnLetterDocument.Parties("Cyngor Sir Glanmor",
            "Ysgol Gymraeg Pen-y-bryn", "Seren Parry");

    private static String text(byte[] pdf) throws Exception {
        return PdfText.of(pdf).replaceAll("\\s+", " ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | Decision about additional learning needs | Date of this letter: 18/11/2026 | Seren Parry does not have additional learning needs. | It was found that Seren Parry does not have a learning difficulty or disability | by a parent or carer | Education Tribunal for Wales",
            "cy | Penderfyniad am anghenion dysgu ychwanegol | Dyddiad y llythyr hwn: 18/11/2026 | Nid oes gan Seren Parry anghenion dysgu ychwanegol. | Canfuwyd nad oes gan Seren Parry anhawster dysgu nac anabledd | gan riant neu ofalwr | apelio i Dribiwnlys Addysg Cymru",
    })
    void the_no_aln_letter_gives_the_decision_its_reasons_and_what_happens_next(String language, String title,
                                                                              String date, String outcome,
                                                                              String reason, String source,
                                                                              String tribunal) throws Exception {
        AlnDecision d = AlnDecision.raise(1, 2, 3, Decider.SCHOOL, new AlnRules.ConcernInput(ConcernSource.PARENT,
                "Mrs Parry", LocalDate.of(2026, 10, 5), "Not reading at home"), "senco.cy", NOW);
        d.decide(AlnScenarios.input(false, false, null), "senco.cy", NOW, LocalDate.of(2026, 11, 18));
        String text = text(new AlnLetterDocument(Bundles.labels(Locale.forLanguageTag(language))).noAln(PARTIES, d));
        assertThat(text).contains(title, date, outcome, reason, source, tribunal, "Ysgol Gymraeg Pen-y-bryn",
                "5/10/2026", "Daily phonics in a small group since September");
        // test 2 was not applied, so it is not in the letter
        assertThat(text).doesNotContain("Test 2", "Prawf 2", "structured literacy programme");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en | AUTHORITY_DECIDES | The school gave | The authority will decide whether Seren Parry has additional learning needs | Very intensive daily support",
            "cy | AUTHORITY_DECIDES | Y rhesymau a roddodd yr ysgol | Bydd yr awdurdod yn penderfynu a oes gan Seren Parry anghenion dysgu ychwanegol | Cymorth dyddiol dwys iawn",
            "cy | SCHOOL_BEST_PLACED | Y rhesymau a roddodd yr ysgol | mai Ysgol Gymraeg Pen-y-bryn sydd yn y sefyllfa orau i benderfynu | Bydd CydADY Ysgol Gymraeg Pen-y-bryn yn cysylltu â chi",
    })
    void the_authoritys_decision_on_a_schools_referral(String language, ReferralOutcome outcome, String reasonsHeading,
                                                      String decision, String more) throws Exception {
        AlnReferral r = AlnReferral.fromSchool(1, 2, 3, 4, List.of(MaintainerReason.TA_HOURS,
                MaintainerReason.INTENSIVE_SUPPORT), "Needs an adult all day", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 30), "senco.cy", NOW);
        r.send("senco.cy", NOW, LocalDate.of(2026, 11, 10));
        r.decide(outcome, "Reasons of the authority in its own words.", 4, "caseworker.cy", NOW,
                LocalDate.of(2026, 11, 18));
        String text = text(new AlnLetterDocument(Bundles.labels(Locale.forLanguageTag(language)))
                .referralDecision(PARTIES, r));
        assertThat(text).containsIgnoringCase(reasonsHeading).contains(decision, more, "10/11/2026",
                "Reasons of the authority in its own words.", "Cyngor Sir Glanmor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | The authority received a referral about Seren Parry on 12/11/2026 from a parent or carer: Mrs Parry (mother).",
            "cy | Cafodd yr awdurdod atgyfeiriad am Seren Parry ar 12/11/2026 gan riant neu ofalwr: Mrs Parry (mother).",
    })
    void the_authoritys_decision_on_a_parents_referral_names_who_referred(String language, String received)
            throws Exception {
        AlnReferral r = AlnReferral.received(1, 2, 3, ReferralSource.PARENT, "Mrs Parry (mother)", "Asks",
                LocalDate.of(2026, 11, 12), "caseworker.cy", NOW);
        r.decide(ReferralOutcome.SCHOOL_BEST_PLACED, "The school has not assessed her yet.", 4, "caseworker.cy", NOW,
                LocalDate.of(2026, 11, 18));
        String text = text(new AlnLetterDocument(Bundles.labels(Locale.forLanguageTag(language)))
                .referralDecision(PARTIES, r));
        assertThat(text).contains(received).doesNotContain("The reasons the school gave", "Y rhesymau a roddodd");
    }
}
