package org.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.Invocation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.DemoPupils;
import org.waymark.SignIn;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.service.AttachmentStore;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.service.PlanService;
import org.waymark.security.service.AccountService;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A download of a file outside the reader's scope answers exactly as a download of a file that
 * does not exist (issue 20 point 8, DD014): the handlers every view builds through
 * {@link Downloads} are run against the real services, per refused role, and what reaches the
 * response is compared call for call — status 404, nothing written, no exception text.
 */
@SpringBootTest
@ActiveProfiles("test")
class DownloadsNotFoundAlikeIT {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final long NO_SUCH_ID = 987_654_321L;

    @Autowired PlanService plans;
    @Autowired AccountService accounts;
    @Autowired DemoPupils demo;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the handler as the download request would and returns what it did to the response. */
    private static List<String> run(DownloadHandler handler) throws IOException {
        VaadinResponse response = mock(VaadinResponse.class);
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response,
                mock(VaadinSession.class), new Element("a")));
        verify(response).setStatus(404);
        verify(response, never()).getOutputStream();
        return mockingDetails(response).getInvocations().stream().map(Invocation::toString).toList();
    }

    private static DownloadLink.File file(AttachmentStore.StoredFile stored) {
        return new DownloadLink.File(stored.attachment().getDisplayName(), "application/pdf", stored.bytes());
    }

    @Test
    void a_refused_attachment_or_plan_pdf_answers_as_a_missing_one() throws IOException {
        long child = demo.enrolAt("Larkfield Primary School");
        SignIn.as(accounts, "senco");
        long plan = plans.startPlan(child, PlanType.SEN_SUPPORT);
        Attachment attached = plans.attach(plan, AttachmentKind.OTHER, "ot-report.pdf", PDF);
        long fileId = attached.getId();
        // the owner gets the file: the handler is not refusing everything
        assertThat(plans.attachment(plan, fileId).bytes()).isEqualTo(PDF);

        // another school's SENCO, a figures-only role, a parent of another child
        for (String refused : List.of("senco.optedout", "finance", "parent")) {
            SignIn.as(accounts, refused);
            List<Supplier<DownloadLink.File>> missing = List.of(
                    () -> file(plans.attachment(plan, NO_SUCH_ID)),
                    () -> file(plans.attachment(NO_SUCH_ID, fileId)));
            List<Supplier<DownloadLink.File>> outOfScope = List.of(
                    () -> file(plans.attachment(plan, fileId)));
            List<String> missingAnswer = run(Downloads.file(missing.getFirst()::get));
            for (Supplier<DownloadLink.File> call : missing) {
                assertThat(run(Downloads.file(call::get))).as(refused).isEqualTo(missingAnswer);
            }
            for (Supplier<DownloadLink.File> call : outOfScope) {
                assertThat(run(Downloads.file(call::get))).as(refused).isEqualTo(missingAnswer);
            }
            // the printed plan (DownloadLink's path)
            assertThat(run(Downloads.file(() -> {
                PlanService.PrintedPlan pdf = plans.pdf(plan, Locale.ENGLISH);
                return new DownloadLink.File(pdf.fileName(), "application/pdf", pdf.bytes());
            }))).as(refused).isEqualTo(missingAnswer);
        }
        SignIn.as(accounts, "senco");
        assertThat(run(Downloads.file(() -> {
            PlanService.PrintedPlan pdf = plans.pdf(NO_SUCH_ID, Locale.ENGLISH);
            return new DownloadLink.File(pdf.fileName(), "application/pdf", pdf.bytes());
        }))).isEqualTo(run(Downloads.file(() -> file(plans.attachment(plan, NO_SUCH_ID)))));
    }

    @Test
    void a_streamed_export_refused_before_writing_answers_as_a_missing_one() throws IOException {
        DownloadHandler refused = Downloads.streamed(event -> {
            throw new org.springframework.security.access.AccessDeniedException("pupil 1");
        });
        DownloadHandler missing = Downloads.streamed(event -> {
            throw new org.waymark.base.domain.NotFoundException("pupil 2");
        });
        assertThat(run(refused)).isEqualTo(run(missing));
    }
}
