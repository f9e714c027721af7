package org.waymark.pupils.ui;

import org.waymark.base.domain.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.waymark.pupils.domain.PupilDetails;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.service.PossibleDuplicateException;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.UnsavedChanges;

/**
 * Add a pupil to the SENCO's school, or change a pupil's details. Bad input is marked on the
 * field it belongs to; a possible duplicate asks for confirmation; if someone else saved the
 * pupil meanwhile, the user's input stays in the form and a conflict message says what happened.
 */
@Route("pupils/:pupilId/edit")
@RouteAlias("pupils/new")
@RolesAllowed(Roles.SCHOOL_SENCO)
public class PupilEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PupilService pupils;
    private final Clock clock;
    private final Div conflict = new Div();
    private @Nullable PupilForm form;
    private @Nullable Long pupilId;
    private long schoolId;
    private int version;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    public PupilEditorView(PupilService pupils, Clock clock) {
        this.pupils = pupils;
        this.clock = clock;
        addClassName("wm-pupil-editor");
        conflict.setVisible(false);
        conflict.addClassName("wm-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setId("conflict-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> idParameter = event.getRouteParameters().get("pupilId");
        if (idParameter.isPresent()) {
            load(PupilDetailsView.pupilId(event.getRouteParameters()));
        } else {
            schoolId = pupils.schoolForNewPupils().orElseThrow(
                    () -> new org.springframework.security.access.AccessDeniedException("no school"));
            pupilId = null;
            build(pupils.nationOfSchool(schoolId), new PupilDetails(), "pupil.new.title");
        }
    }

    private void load(long id) {
        PupilService.EditablePupil editable = pupils.forEditing(id);
        pupilId = id;
        schoolId = editable.schoolId();
        version = editable.version();
        build(editable.nation(), editable.details(), "pupil.edit.title");
    }

    private void build(org.waymark.base.domain.Nation nation, PupilDetails details, String titleKey) {
        removeAll();
        form = new PupilForm(nation, () -> LocalDate.now(clock));
        form.read(details);
        H2 heading = new H2(getTranslation(titleKey));
        Button save = new Button(getTranslation("common.save"), e -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-pupil");
        Button cancel = new Button(getTranslation("common.cancel"), e -> leave());
        cancel.setId("cancel-pupil");
        conflict.setVisible(false);
        add(heading, conflict, form, new HorizontalLayout(save, cancel));
        unsaved.saved();
    }

    void save(boolean confirmedNotDuplicate) {
        PupilForm shown = java.util.Objects.requireNonNull(form);
        Feedback feedback = new Feedback().fields(shown::field).limits(shown).refusedText("pupil.save.invalid")
                .onConflict(this::showConflict);
        Optional<PupilDetails> details = shown.write();
        if (details.isEmpty()) {
            // the form's own checks marked the fields; nothing went to the server
            feedback.refused(getTranslation("pupil.save.invalid"));
            return;
        }
        try {
            boolean saved = feedback.run(() -> {
                if (pupilId == null) {
                    pupilId = pupils.create(schoolId, details.get(), confirmedNotDuplicate);
                } else {
                    pupils.update(pupilId, version, details.get(), confirmedNotDuplicate);
                }
            }, "pupil.save.done");
            if (saved) {
                unsaved.saved();
                conflict.setVisible(false);
                getUI().ifPresent(ui -> ui.navigate(PupilDetailsView.class,
                        new RouteParameters("pupilId", String.valueOf(pupilId))));
            }
        } catch (PossibleDuplicateException e) {
            askAboutDuplicates(e);
        }
    }

    private void askAboutDuplicates(PossibleDuplicateException e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("pupil.duplicate.title"));
        UnorderedList list = new UnorderedList();
        for (PupilRow row : e.candidates()) {
            list.add(new ListItem(getTranslation("pupil.duplicate.line", row.displayName(),
                    Dates.DAY_MONTH_YEAR.format(row.dateOfBirth()), row.schoolName())));
        }
        dialog.add(new Paragraph(getTranslation("pupil.duplicate.text")), list);
        dialog.setConfirmText(getTranslation("pupil.duplicate.saveAnyway"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.addConfirmListener(event -> save(true));
        dialog.setId("duplicate-dialog");
        dialog.open();
    }

    private void showConflict() {
        conflict.removeAll();
        Button reload = new Button(getTranslation("pupil.conflict.reload"), e -> load(pupilId));
        reload.setId("conflict-reload");
        conflict.add(new Paragraph(getTranslation("pupil.conflict.text")), reload);
        conflict.setVisible(true);
    }

    private void leave() {
        if (pupilId == null) {
            getUI().ifPresent(ui -> ui.navigate(PupilListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PupilDetailsView.class,
                    new RouteParameters("pupilId", String.valueOf(pupilId))));
        }
    }

    PupilForm form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(pupilId == null ? "pupil.new.title" : "pupil.edit.title");
    }
}
