package org.waymark.descriptors.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.waymark.base.domain.Dates;
import org.waymark.KaribuTest;
import org.waymark.OpenNotices;
import org.waymark.base.domain.ConflictException;
import org.waymark.base.domain.ValidationException;
import org.waymark.descriptors.domain.DescriptorFramework;
import org.waymark.descriptors.domain.DescriptorFrameworkRepository;
import org.waymark.descriptors.domain.FrameworkStatus;
import org.waymark.descriptors.service.DescriptorFrameworkService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/** An authority administrator copies, edits, imports and publishes frameworks; others are refused. */
class FrameworkAdminKaribuIT extends KaribuTest {

    @Autowired DescriptorFrameworkService service;
    @Autowired DescriptorFrameworkRepository repository;

    private DescriptorFramework published() {
        return service.list().stream().filter(f -> f.getStatus() == FrameworkStatus.PUBLISHED).findFirst().orElseThrow();
    }

    private void open(long id) {
        UI.getCurrent().navigate(FrameworkEditorView.class, new RouteParameters("frameworkId", String.valueOf(id)));
    }

    @Test
    void an_administrator_copies_a_year_edits_a_descriptor_and_a_band_and_publishes() {
        login("admin");
        DescriptorFramework current = published();
        int nextYear = current.getFinancialYear() + 1;
        repository.findByLocalAuthorityIdOrderByFinancialYearDescIdDesc(current.getLocalAuthorityId()).stream()
                .filter(f -> f.getFinancialYear() == nextYear).forEach(repository::delete);
        open(current.getId());
        FrameworkEditorView editor = _get(FrameworkEditorView.class);
        assertThat(editor.descriptors.get("CL1").get("AFN").isReadOnly()).isTrue(); // published: frozen
        // its empty cell is shown as such, and frozen too
        assertThat(editor.noDescriptor.get("ANX3").get("HLN3").getValue()).isTrue();
        assertThat(editor.noDescriptor.get("ANX3").get("HLN3").isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("framework-copy")));

        FrameworkEditorView copy = _get(FrameworkEditorView.class);
        assertThat(_get(Span.class, spec -> spec.withId("framework-status")).getText()).isEqualTo("Draft");
        DescriptorFramework draft = repository.findByLocalAuthorityIdOrderByFinancialYearDescIdDesc(
                current.getLocalAuthorityId()).stream().filter(f -> f.getFinancialYear() == nextYear).findFirst()
                .orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(FrameworkStatus.DRAFT);
        copy.descriptors.get("CL1").get("AFN").setValue("Reads about two years behind classmates; needs a daily programme.");
        _click(_get(Button.class, spec -> spec.withId("save-theme-CL1")));
        assertThat(repository.findById(draft.getId()).orElseThrow().descriptor("CL1", "AFN").orElseThrow().text())
                .isEqualTo("Reads about two years behind classmates; needs a daily programme.");
        // the published year is untouched
        assertThat(repository.findById(current.getId()).orElseThrow().descriptor("CL1", "AFN").orElseThrow().text())
                .isNotEqualTo("Reads about two years behind classmates; needs a daily programme.");

        // a cell with no descriptor at this level: marked, shown as such, exported as "-"
        copy = _get(FrameworkEditorView.class);
        assertThat(copy.noDescriptor.get("ANX3").get("HLN3").getValue()).isTrue();
        assertThat(copy.descriptors.get("ANX3").get("HLN3").isEnabled()).isFalse();
        assertThat(copy.descriptors.get("ANX3").get("HLN3").getPlaceholder()).isEqualTo("No descriptor at this level");
        assertThat(copy.noDescriptor.get("CL4").get("HLN3").getValue()).isFalse();
        copy.noDescriptor.get("CL4").get("HLN3").setValue(true);
        assertThat(copy.descriptors.get("CL4").get("HLN3").isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("save-theme-CL4")));
        assertThat(repository.findById(draft.getId()).orElseThrow().descriptor("CL4", "HLN3").orElseThrow().isNone())
                .isTrue();
        copy = _get(FrameworkEditorView.class);
        assertThat(copy.noDescriptor.get("CL4").get("HLN3").getValue()).isTrue();
        assertThat(copy.descriptors.get("CL4").get("HLN3").getPlaceholder()).isEqualTo("No descriptor at this level");
        // … and back: unticked, the cell takes a text again
        copy.noDescriptor.get("ANX3").get("HLN3").setValue(false);
        copy.descriptors.get("ANX3").get("HLN3").setValue("Withdraws from almost all contact with peers.");
        _click(_get(Button.class, spec -> spec.withId("save-theme-ANX3")));
        assertThat(repository.findById(draft.getId()).orElseThrow().descriptor("ANX3", "HLN3").orElseThrow().text())
                .isEqualTo("Withdraws from almost all contact with peers.");
        assertThat(new String(service.export(draft.getId()).bytes(), StandardCharsets.UTF_8))
                .contains("DESCRIPTOR,,,CL4,HLN3,-,").doesNotContain("DESCRIPTOR,,,ANX3,HLN3,-,");
        // a theme keeps one descriptor at least
        int v = _get(FrameworkEditorView.class).lock();
        v = service.markNoDescriptor(draft.getId(), v, "SMP3", "CORE");
        v = service.markNoDescriptor(draft.getId(), v, "SMP3", "AFN");
        int last = v;
        assertThatThrownBy(() -> service.markNoDescriptor(draft.getId(), last, "SMP3", "HLN1"))
                .isInstanceOf(ValidationException.class).extracting(e -> ((ValidationException) e).violations()
                        .getFirst().messageKey()).isEqualTo("framework.descriptor.lastOne");
        open(draft.getId());

        copy = _get(FrameworkEditorView.class);
        copy.bands.get("AFN_LOW")[1].setValue(new java.math.BigDecimal("4200"));
        _click(_get(Button.class, spec -> spec.withId("save-level-AFN_LOW")));
        assertThat(repository.findById(draft.getId()).orElseThrow().getFundingLevels().getFirst().maxAmount())
                .isEqualByComparingTo("4200");

        // a colleague's save in between: the stale editor gets a conflict, nothing is overwritten
        int staleLock = _get(FrameworkEditorView.class).lock();
        service.editDescriptor(draft.getId(), staleLock, "CL2", "AFN", "Colleague's wording");
        assertThatThrownBy(() -> service.editDescriptor(draft.getId(), staleLock, "CL2", "AFN", "Mine"))
                .isInstanceOf(ConflictException.class);

        open(draft.getId());
        // a typed change not yet saved would be left out of what is published: refused, nothing asked
        TextArea typed = _get(TextArea.class, spec -> spec.withId("descriptor-CL2-AFN"));
        String before = typed.getValue();
        typed.setValue("Typed but not saved");
        _click(_get(Button.class, spec -> spec.withId("framework-publish")));
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("confirm-publish"))).isEmpty();
        assertThat(OpenNotices.errors()).singleElement().asString().contains("Save");
        typed.setValue(before);

        _click(_get(Button.class, spec -> spec.withId("framework-publish")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("confirm-publish-what"))
                .getText()).contains("can never be changed");
        click("confirm-publish-cancel");
        assertThat(repository.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(FrameworkStatus.DRAFT);
        _click(_get(Button.class, spec -> spec.withId("framework-publish")));
        click("confirm-publish-confirm");
        assertThat(repository.findById(draft.getId()).orElseThrow().getStatus()).isEqualTo(FrameworkStatus.PUBLISHED);
        assertThat(demoAudit("PUBLISH_FRAMEWORK", draft.getId())).isEqualTo(1);
    }

    @Test
    void a_broken_file_is_listed_by_line_and_column_and_a_good_one_becomes_a_draft() {
        login("admin");
        UI.getCurrent().navigate(FrameworkListView.class);
        FrameworkListView list = _get(FrameworkListView.class);
        long before = repository.count();
        list.year.setValue(Dates.financialYearOf(today()) + 2);
        list.importFile(("kind,code,name,parent,level,text,min_amount,max_amount,attachment,flags\n"
                + "AREA,CL,Cognition,,CORE AFN,,,,,\n"
                + "THEME,CL1,Reading,CL,,,,,,\n"
                + "DESCRIPTOR,,,CL1,CORE,Reads with the class,,,,\n"
                + "DESCRIPTOR,,,CL1,HLN7,Something,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(repository.count()).isEqualTo(before);
        assertThat(list.problems.lines()).contains(
                "Line 5, column “level”: “HLN7” is not a level column; use one of CORE AFN HLN1 HLN2 HLN3.",
                "Line 3, column “code”: Key theme CL1 has no descriptor for column(s) AFN: add a line for each, "
                        + "with “-” as its text where the theme has no descriptor at that column.");

        long frameworkId = published().getId();
        byte[] export = service.export(frameworkId).bytes();
        list.importFile(export);
        assertThat(repository.count()).isEqualTo(before + 1);
        FrameworkEditorView editor = _get(FrameworkEditorView.class);
        assertThat(editor.descriptors).containsKeys("ANX1", "BES1", "CL1", "CI1", "SMP1");
    }

    @Test
    void only_the_authoritys_administrators_manage_frameworks() {
        login("admin");
        long frameworkId = published().getId();
        login("senco");
        assertThatThrownBy(() -> UI.getCurrent().navigate(FrameworkListView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> service.copyToNextYear(frameworkId))
                .isInstanceOf(AccessDeniedException.class);
        // a refusal by role is audited too, naming the use case
        assertThat(context.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'senco'"
                        + " AND action = 'CALL' AND outcome = 'DENIED' AND detail = 'DescriptorFrameworkService.copyToNextYear'")
                .query(Long.class).single()).isPositive();
        assertThat(service.open(frameworkId).getStatus()).isEqualTo(FrameworkStatus.PUBLISHED); // staff read it
        login("admin.cy"); // another authority's administrator
        assertThatThrownBy(() -> service.open(frameworkId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.export(frameworkId)).isInstanceOf(AccessDeniedException.class);
    }

    private long demoAudit(String action, long id) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM audit_event WHERE action = :a AND subject_type = 'FRAMEWORK' AND subject_id = :id")
                .param("a", action).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
