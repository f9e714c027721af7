package org.waymark.panels.ui;

import org.waymark.base.ui.UnsavedChanges;
import org.waymark.panels.domain.PanelRules;
import org.waymark.base.ui.TextLimit;
import java.util.List;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.util.Map;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.Feedback;
import org.waymark.panels.domain.AppealRequest;
import org.waymark.panels.domain.AppealStatus;
import org.waymark.panels.service.AppealService;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Appeals through the family: the head teacher asks (with grounds) about a panel decision on
 * their school's bid; the Family SENCO supports it or not, saying why; panel officers see every
 * appeal of the authority. Supported appeals go on the next appeals panel's list.
 */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("appeals")
@Menu(order = 9, icon = "vaadin:scale", title = "nav.appeals")
@RolesAllowed({Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR})
public class AppealsView extends VerticalLayout implements HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final AppealService appeals;
    private final CurrentUser currentUser;

    public AppealsView(AppealService appeals, CurrentUser currentUser) {
        this.appeals = appeals;
        this.currentUser = currentUser;
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("nav.appeals")), new Paragraph(getTranslation("appeal.help")));
        if (currentUser.require().has(org.waymark.security.domain.Role.HEAD_TEACHER)) {
            add(askSection());
        }
        Section list = new Section(new H3(getTranslation("appeal.list")));
        list.addClassName("wm-section");
        list.setId("appeal-list");
        var rows = appeals.mine();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("appeal.none")));
        }
        boolean family = currentUser.require().has(org.waymark.security.domain.Role.FAMILY_SENCO);
        for (AppealService.AppealRow row : rows) {
            list.add(appealBlock(row, family));
        }
        add(list);
        unsaved.saved();
    }

    private Section askSection() {
        Section section = new Section(new H3(getTranslation("appeal.ask")));
        section.addClassName("wm-section");
        section.setId("appealable");
        var appealable = appeals.appealable();
        if (appealable.isEmpty()) {
            section.add(new Paragraph(getTranslation("appeal.nothingToAppeal")));
        }
        for (AppealService.Appealable a : appealable) {
            TextArea grounds = new TextArea(getTranslation("appeal.grounds"));
            grounds.setWidthFull();
            TextLimit.apply(grounds, 4000);
            grounds.setId("appeal-grounds-" + a.bidId());
            Button ask = new Button(getTranslation("appeal.askButton"), e -> confirm(grounds, "grounds",
                    "appeal.grounds.required", Confirmation.of("confirm-appeal-ask-" + a.bidId(),
                                    getTranslation("appeal.confirm.ask.title", a.pupilName()))
                            .says(getTranslation("appeal.confirm.ask.text", a.pupilName()))
                            .tells(appeals.toldOfAsking(a.bidId()))
                            .confirm(getTranslation("appeal.askButton"), () -> act(() -> appeals.ask(a.bidId(),
                                    grounds.getValue()), "appeal.asked", Map.of("grounds", grounds)))));
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.setId("appeal-ask-" + a.bidId());
            Div block = new Div(new Paragraph(a.pupilName() + " · " + Translations.label(a.status())), grounds, ask);
            block.addClassName("wm-theme");
            section.add(block);
        }
        return section;
    }

    private Div appealBlock(AppealService.AppealRow row, boolean family) {
        AppealRequest a = row.appeal();
        Div block = new Div(new H3(row.pupilName() + " · " + row.schoolName()),
                new Paragraph(getTranslation("appeal.askedBy", row.requestedBy(),
                        Dates.DAY_MONTH_YEAR_TIME.format(a.getRequestedAt()), Translations.label(a.getStatus()))),
                new Paragraph(a.getGrounds()));
        block.addClassName("wm-theme");
        block.setId("appeal-" + a.getId());
        if (a.getFamilyNote() != null) {
            block.add(new Paragraph(getTranslation("appeal.familySaid", row.familyBy(), a.getFamilyNote())));
        }
        if (family && a.getStatus() == AppealStatus.ASKED) {
            TextArea note = new TextArea(getTranslation("appeal.familyNote"));
            note.setWidthFull();
            note.setId("appeal-note-" + a.getId());
            TextLimit.apply(note, PanelRules.NOTE_MAX);
            long id = Objects.requireNonNull(a.getId());
            int version = Objects.requireNonNull(a.getVersion());
            Button support = new Button(getTranslation("appeal.support"), e -> confirm(note, "note",
                    "appeal.familyNote.required", Confirmation.of("confirm-appeal-support-" + id,
                                    getTranslation("appeal.confirm.support.title", row.pupilName()))
                            .says(getTranslation("appeal.confirm.support.text", row.pupilName()))
                            .tells(appeals.toldOfResponse(id))
                            .confirm(getTranslation("appeal.support"), () -> act(() -> appeals.respond(id, version,
                                    true, note.getValue()), "appeal.responded", Map.of("note", note)))));
            support.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            support.setId("appeal-support-" + a.getId());
            Button refuse = new Button(getTranslation("appeal.notSupport"), e -> confirm(note, "note",
                    "appeal.familyNote.required", Confirmation.of("confirm-appeal-refuse-" + id,
                                    getTranslation("appeal.confirm.refuse.title", row.pupilName()))
                            .says(getTranslation("appeal.confirm.refuse.text", row.pupilName()))
                            .tells(appeals.toldOfResponse(id))
                            .confirm(getTranslation("appeal.notSupport"), () -> act(() -> appeals.respond(id, version,
                                    false, note.getValue()), "appeal.responded", Map.of("note", note)))
                            .danger()));
            refuse.setId("appeal-refuse-" + a.getId());
            block.add(note, support, refuse);
        }
        return block;
    }

    /** A blank required text is said beside its field at once; otherwise the step is confirmed first. */
    private void confirm(TextArea text, String field, String requiredKey, Confirmation confirmation) {
        if (text.getValue().isBlank()) {
            new Feedback().field(field, text).refused(List.of(Violation.of(field, requiredKey)));
            return;
        }
        confirmation.open();
    }

    /** Runs an action with the fields its rules may name; on success the page is redrawn. */
    private void act(Runnable action, String doneKey, Map<String, HasValidation> fields) {
        Feedback feedback = new Feedback().onConflict("panel.conflict", this::show);
        fields.forEach(feedback::field);
        if (feedback.run(action, doneKey)) {
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.appeals");
    }
}
