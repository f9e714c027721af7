package org.waymark.plans.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.DemoPupils;
import org.waymark.KaribuTest;
import org.waymark.attachments.domain.Attachment;
import org.waymark.attachments.domain.AttachmentKind;
import org.waymark.attachments.domain.FileType;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.plans.domain.DeliveryLanguage;
import org.waymark.plans.domain.GroupSize;
import org.waymark.plans.domain.OutcomeProgress;
import org.waymark.plans.domain.PlanContent;
import org.waymark.plans.domain.PlanReview;
import org.waymark.plans.domain.PlanType;
import org.waymark.plans.domain.PlanVersionRepository;
import org.waymark.plans.service.PlanService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;

/** Recording a review on the plan page, and attaching, listing and refusing files. */
class PlanReviewAndAttachmentsKaribuIT extends KaribuTest {

    @Autowired DemoPupils demo;
    @Autowired PlanService planService;
    @Autowired PlanVersionRepository versions;
    @Value("${waymark.attachments.dir}") Path attachmentDir;

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static PlanContent.Provision provision(String key, String what) {
        return new PlanContent.Provision(key, what, "Teaching assistant", "Daily", new BigDecimal("2"),
                new BigDecimal("1500"), DeliveryLanguage.ENGLISH, GroupSize.PAIRED);
    }

    /** As the school's SENCO: a plan with two outcomes, agreed, and under review. */
    private long planUnderReview() {
        login("senco");
        long pupilId = demo.pupilWithoutPlans("Larkfield Primary School");
        long planId = planService.startPlan(pupilId, PlanType.SEN_SUPPORT);
        PlanContent content = PlanContent.empty()
                .withOutcomes(List.of(new PlanContent.Outcome("O1", "Counts to 20 reliably", today().plusMonths(9)),
                        new PlanContent.Outcome("O2", "Asks for help with words", today().plusMonths(9))))
                .withProvisions(List.of(provision("O1", "Number games"), provision("O2", "Help cards")))
                .withSupportAround(new PlanContent.AssistantRole("Runs the number games", List.of("O1")), List.of(),
                        List.of());
        planService.saveDraft(planId, planService.open(planId).shownVersionLock(), content);
        planService.agree(planId);
        planService.startReview(planId);
        return planId;
    }

    private void open(long planId) {
        UI.getCurrent().navigate(PlanView.class, new RouteParameters("planId", String.valueOf(planId)));
    }

    @Test
    void a_senco_records_a_review_and_the_next_draft_follows_it() {
        long planId = planUnderReview();
        open(planId);
        ReviewRecordForm form = _get(ReviewRecordForm.class);

        form.save(); // nothing marked yet
        @SuppressWarnings("unchecked")
        RadioButtonGroup<OutcomeProgress> o1 = _get(RadioButtonGroup.class, spec -> spec.withId("review-progress-O1"));
        assertThat(o1.isInvalid()).isTrue();
        assertThat(o1.getErrorMessage()).isEqualTo("Mark outcome O1 as achieved, partly or not yet.");
        assertThat(planService.reviewRecords(planId)).isEmpty();

        form.mark("O1", OutcomeProgress.ACHIEVED, "Counts to 30 now");
        form.mark("O2", OutcomeProgress.PARTLY, "Uses the cards with adults, not yet with friends");
        form.newOutcomes().addRow(new ReviewRecordForm.NewOutcomeRow(today().plusMonths(10)));
        form.newOutcomes().rows().getFirst().text.setValue("Adds two numbers up to 10");
        _click(_get(Button.class, spec -> spec.withId("review-save")));

        List<PlanReview> records = planService.reviewRecords(planId);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().getOutcomes()).extracting(PlanReview.ReviewedOutcome::progress)
                .containsExactly(OutcomeProgress.ACHIEVED, OutcomeProgress.PARTLY);
        PlanContent draft = versions.findFirstBySupportPlanIdOrderByNumberDesc(planId).orElseThrow().content();
        assertThat(draft.outcomes()).extracting(PlanContent.Outcome::key, PlanContent.Outcome::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("O2", "Asks for help with words"),
                org.assertj.core.groups.Tuple.tuple("O3", "Adds two numbers up to 10"));
        assertThat(draft.provisions()).extracting(PlanContent.Provision::outcomeKey).containsExactly("O2");
        assertThat(draft.assistantRole()).isNull();

        // the page now shows the record, and the form is gone
        assertThat(_find(ReviewRecordForm.class)).isEmpty();
        String history = _get(Section.class, spec -> spec.withId("review-history")).getElement().getTextRecursively();
        assertThat(history).contains("Review of version 1").contains("Achieved").contains("Counts to 30 now")
                .contains("Partly achieved").contains("New outcome: Adds two numbers up to 10");

        // recorded once per review
        assertThatThrownBy(() -> planService.recordReview(planId, new PlanReview.ReviewRecord(today(), "",
                records.getFirst().getOutcomes(), List.of()))).isInstanceOf(ConflictException.class);
        long pupilId = planService.open(planId).plan().getPupilId();
        assertThat(demo.auditCount("senco", "RECORD_REVIEW", pupilId, "ALLOWED")).isEqualTo(1);
    }

    @Test
    void only_the_plans_writer_sees_the_review_form_and_may_record() {
        long planId = planUnderReview();
        long pupilId = planService.open(planId).plan().getPupilId();
        login("head"); // reads the school's plans, does not write them
        open(planId);
        assertThat(_find(ReviewRecordForm.class)).isEmpty();
        assertThatThrownBy(() -> planService.recordReview(planId, new PlanReview.ReviewRecord(today(), "",
                List.of(), List.of()))).isInstanceOf(AccessDeniedException.class);
        login("senco.cy"); // a SENCO, but of another authority's school: refused by scope, and audited
        assertThatThrownBy(() -> planService.recordReview(planId, new PlanReview.ReviewRecord(today(), "",
                List.of(), List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(demo.auditCount("senco.cy", "RECORD_REVIEW", pupilId, "DENIED")).isEqualTo(1);
    }

    @Test
    void files_are_kept_under_server_names_listed_and_refused_when_not_documents() throws Exception {
        long planId = planUnderReview();
        open(planId);
        AttachmentsPanel panel = _get(AttachmentsPanel.class);
        panel.receive("..\\Risk assessment \"final\".pdf", PDF);
        assertThat(panel.errorText()).isEmpty();
        List<Attachment> attached = planService.attachments(planId);
        assertThat(attached).hasSize(1);
        Attachment a = attached.getFirst();
        assertThat(a.getDisplayName()).isEqualTo("Risk assessment _final_.pdf");
        assertThat(a.getFileType()).isEqualTo(FileType.PDF);
        assertThat(UUID.fromString(a.getStoredName())).isNotNull();
        assertThat(Files.readAllBytes(attachmentDir.resolve(a.getStoredName()))).isEqualTo(PDF);
        assertThat(_find(Anchor.class, spec -> spec.withText("Risk assessment _final_.pdf"))).hasSize(1);

        // a program named like a PDF, and an empty file: clear messages, nothing stored
        byte[] program = new byte[128];
        program[0] = 'M';
        program[1] = 'Z';
        panel.receive("homework.pdf", program);
        assertThat(panel.errorText()).startsWith("homework.pdf was not attached. This kind of file cannot be attached.");
        panel.receive("empty.pdf", new byte[0]);
        assertThat(panel.errorText()).isEqualTo("empty.pdf was not attached. The file is empty.");
        assertThat(planService.attachments(planId)).hasSize(1);

        // the reader gets the bytes back; the read is audited
        long pupilId = planService.open(planId).plan().getPupilId();
        assertThat(planService.attachment(planId, a.getId()).bytes()).isEqualTo(PDF);
        assertThat(demo.auditCount("senco", "READ_ATTACHMENT", pupilId, "ALLOWED")).isEqualTo(1);
        assertThat(demo.auditCount("senco", "ATTACH_PLAN", pupilId, "ALLOWED")).isEqualTo(1);

        // removing hides it
        planService.removeAttachment(planId, a.getId());
        assertThat(planService.attachments(planId)).isEmpty();
    }

    @Test
    void other_schools_and_readers_without_write_access_are_refused() {
        long planId = planUnderReview();
        Attachment a = planService.attach(planId, AttachmentKind.HEALTH_CARE_PLAN, "care.pdf", PDF);
        long id = a.getId();
        login("head"); // may read and download, may not attach
        assertThat(planService.attachment(planId, id).bytes()).isEqualTo(PDF);
        assertThatThrownBy(() -> planService.attach(planId, AttachmentKind.OTHER, "x.pdf", PDF))
                .isInstanceOf(AccessDeniedException.class);
        login("senco.cy"); // another authority's school
        assertThatThrownBy(() -> planService.attachments(planId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planService.attachment(planId, id)).isInstanceOf(AccessDeniedException.class);
        login("parent"); // not this child's parent
        assertThatThrownBy(() -> planService.attachment(planId, id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_attachment_of_one_plan_cannot_be_fetched_through_another() {
        long first = planUnderReview();
        Attachment a = planService.attach(first, AttachmentKind.OTHER, "a.pdf", PDF);
        long second = planUnderReview();
        assertThatThrownBy(() -> planService.attachment(second, a.getId()))
                .isInstanceOf(org.waymark.base.domain.NotFoundException.class);
        assertThatThrownBy(() -> planService.attach(first, AttachmentKind.OTHER, "big.pdf", new byte[11 * 1024 * 1024]))
                .isInstanceOf(ValidationException.class);
    }
}
