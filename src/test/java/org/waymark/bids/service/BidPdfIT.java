package org.waymark.bids.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.security.service.AccountService;

/** The bid form PDF: chosen descriptors with evidence, funded support, level, history; refused outside scope. */
@SpringBootTest
@ActiveProfiles("test")
class BidPdfIT {

    @Autowired BidService bids;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private long completeBid() {
        SignIn.as(accounts, "senco");
        long pupilId = demo.pupilWithoutBids("Larkfield Primary School");
        long bidId = bids.start(pupilId);
        int v = bids.saveAreas(bidId, bids.open(bidId).bid().getVersion(), Set.of("CI"));
        v = bids.saveChoices(bidId, v, List.of(
                new ThemeChoice("CI", "CI1", "AFN", "Follows only two-word instructions in class"),
                new ThemeChoice("CI", "CI2", "AFN", "Speech understood by familiar adults only"),
                new ThemeChoice("CI", "CI3", "CORE", "Plays well with one friend")));
        v = bids.saveFundedProvision(bidId, v, List.of(new FundedProvision("Language group three times a week",
                new BigDecimal("6400"))));
        v = bids.saveLevel(bidId, v, "AFN", null);
        v = bids.saveViews(bidId, v, "We hope he can tell us about his day.", "I like the talking group.", null, "");
        bids.submit(bidId, v);
        return bidId;
    }

    @Test
    void the_form_prints_every_part_with_page_numbers() throws Exception {
        long bidId = completeBid();
        BidService.PrintedBid pdf = bids.pdf(bidId, Locale.ENGLISH);
        String text = text(pdf.bytes());
        assertThat(pdf.fileName()).isEqualTo("bid-" + bidId + ".pdf");
        assertThat(text).contains("Request for top-up funding", "Larkfield Primary School",
                "Communication and interaction", "Understanding spoken language",
                "Evidence: Follows only two-word instructions in class", "Support already funded by the school",
                "Language group three times a week", "AFN (additional family needs)", "The parents’ views",
                "We hope he can tell us about his day.", "Submitted to the family", "Page 1 of");
    }

    @Test
    void a_welsh_reader_gets_welsh_labels() throws Exception {
        long bidId = completeBid();
        String text = text(bids.pdf(bidId, Locale.forLanguageTag("cy")).bytes());
        assertThat(text).contains("Cais am gyllid ychwanegol", "Cymorth a ariannwyd eisoes gan yr ysgol", "Tudalen 1 o");
    }

    @Test
    void another_school_cannot_print_it() {
        long bidId = completeBid();
        SignIn.as(accounts, "senco.cy");
        assertThatThrownBy(() -> bids.pdf(bidId, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }
}
