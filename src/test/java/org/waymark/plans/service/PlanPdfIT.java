package org.waymark.plans.service;

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
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.security.service.AccountService;

/** The plan PDF: every section, page x of y, the reader's language; refused outside scope. */
@SpringBootTest
@ActiveProfiles("test")
class PlanPdfIT {

    @Autowired PlanService plans;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;

    private void as(String username) {
        SignIn.as(accounts, username);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String text(byte[] pdf) throws Exception {
        return org.waymark.PdfText.of(pdf);
    }

    @Test
    void an_english_plan_prints_every_section_with_page_numbers() throws Exception {
        long child = demo.childrenOf("parent").get(1);
        as("parent");
        PlanService.PrintedPlan pdf = plans.pdf(demo.planOf(child), Locale.ENGLISH);
        String text = text(pdf.bytes());
        assertThat(pdf.fileName()).endsWith(".pdf");
        assertThat(text).contains("SEN support plan", "What matters to me", "What people like and admire about me",
                "How best to support me", "Needs", "Outcomes", "Provision", "Role of the assistant",
                "Specialist equipment", "External agencies", "Views of the child and family", "Page 1 of",
                "In the child’s words", "Teaching assistant");
    }

    @Test
    void a_welsh_reader_gets_welsh_labels_with_welsh_letters_intact() throws Exception {
        long child = demo.childrenOf("parent.cy").get(1);
        as("parent.cy");
        String text = text(plans.pdf(demo.planOf(child), Locale.forLanguageTag("cy")).bytes());
        assertThat(text).contains("Beth sy’n bwysig i mi", "Deilliannau", "Darpariaeth", "Tudalen 1 o",
                "Cynllun datblygu unigol", "Maint y grŵp");
        assertThat(text).doesNotContain("What matters to me");
    }

    @Test
    void attached_documents_are_listed_in_the_print() throws Exception {
        long child = demo.childrenOf("parent").get(1);
        long planId = demo.planOf(child);
        as("senco");
        plans.attach(planId, org.waymark.attachments.domain.AttachmentKind.BEHAVIOUR_PROTOCOL, "Calm plan.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String text = text(plans.pdf(planId, Locale.ENGLISH).bytes());
        assertThat(text).contains("Attachments", "Behaviour protocol: Calm plan.pdf");
    }

    @Test
    void another_family_cannot_print_the_plan() {
        long child = demo.childrenOf("parent").get(1);
        as("parent.cy");
        assertThatThrownBy(() -> plans.pdf(demo.planOf(child), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }
}
