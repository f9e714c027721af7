package org.waymark.bids.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.SignIn;
import org.waymark.security.service.AccountService;

/** The bid form PDF: chosen descriptors with evidence, funded support, level, history; refused outside scope. */
@SpringBootTest
@ActiveProfiles("test")
class BidPdfIT {

    @Autowired BidService bids;
    @Autowired AccountService accounts;
    @Autowired org.waymark.BidScenarios scenarios;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String text(byte[] pdf) throws Exception {
        return org.waymark.PdfText.of(pdf);
    }

    private long completeBid() {
        return scenarios.submittedAfn();
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
