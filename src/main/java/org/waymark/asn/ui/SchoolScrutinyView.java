package org.waymark.asn.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.waymark.asn.domain.AsnSchoolNotes;
import org.waymark.asn.service.RequestDetails;
import org.waymark.asn.service.ScrutinyService;
import org.waymark.base.domain.Dates;
import java.util.List;

import org.waymark.asn.domain.RequestInput;
import org.waymark.base.domain.Violation;
import java.util.Locale;

import org.waymark.asn.domain.LearningCentreStaffing;
import org.waymark.base.domain.Money;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The scrutiny of one school's assistant hours: its totals (now, from the next term, and what the
 * requests still to decide would add), every request it submitted with the Child's Plan's
 * assistant role and what the criteria say, the hours its pupils hold in the ledger, and the
 * officer's notes on timetables, other staff and ASN management. The officer decides hours a
 * week per pupil with reasons, or none; a decision goes straight to the ledger.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/scrutiny/:schoolId")
@RolesAllowed(Roles.EDUCATION_SUPPORT_OFFICER)
public class SchoolScrutinyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScrutinyService scrutiny;
    /** The decisions' reasons and the notes: leaving with them unsaved asks first. */
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);
    private long schoolId;
    private String title = "";

    public SchoolScrutinyView(ScrutinyService scrutiny) {
        this.scrutiny = scrutiny;
        addClassName("wm-asn-scrutiny");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        schoolId = RouteIds.id(event.getRouteParameters(), "schoolId");
        show();
    }

    private void show() {
        ScrutinyService.SchoolScrutiny s = scrutiny.scrutiny(schoolId);
        removeAll();
        title = getTranslation("asn.scrutiny.pageTitle", s.schoolName());
        Paragraph totals = new Paragraph(s.nextTermStarts() == null
                ? getTranslation("asn.scrutiny.totalsNoTerm", AsnLabels.hours(s.hoursNow()),
                AsnLabels.hours(s.hoursWaiting()))
                : getTranslation("asn.scrutiny.totals", AsnLabels.hours(s.hoursNow()),
                Dates.DAY_MONTH_YEAR.format(s.nextTermStarts()), AsnLabels.hours(s.hoursFromNextTerm()),
                AsnLabels.hours(s.hoursWaiting())));
        totals.setId("asn-totals");
        totals.addClassName("wm-asn-totals");
        add(new H2(title), totals, costing(s), requests(s), lines(s), notes(s.notes()));
        unsaved.saved();
    }

    /**
     * What the school's hours cost in the session at the council's rate, a learning centre's
     * staffing from the council's ratio, and the hours statement to print.
     */
    private Section costing(ScrutinyService.SchoolScrutiny s) {
        ScrutinyService.Costing c = s.costing();
        Section section = new Section(new H3(getTranslation("asn.costing.title")));
        section.addClassName("wm-section");
        section.setId("asn-costing");
        Paragraph cost = new Paragraph(c.hourlyRate() == null ? getTranslation("asn.costing.noRate")
                : c.session() == null || c.cost() == null ? getTranslation("asn.costing.rateOnly",
                Money.pounds(c.hourlyRate()))
                : getTranslation("asn.costing.session", Money.pounds(c.hourlyRate()), c.session().academicYear(),
                Money.pounds(c.cost())));
        cost.setId("asn-session-cost");
        section.add(cost);
        LearningCentreStaffing staffing = c.staffing();
        if (staffing != null) {
            Paragraph p = new Paragraph(getTranslation("asn.staffing.text", staffing.pupils(),
                    AsnLabels.hours(staffing.pupilsPerAssistant()), AsnLabels.hours(staffing.assistants()),
                    AsnLabels.hours(staffing.hoursAWeek()), AsnLabels.hours(staffing.weekHours())));
            p.setId("asn-staffing");
            section.add(p);
        }
        Locale locale = getLocale();
        section.add(DownloadLink.of(getTranslation("asn.costing.pdf"), "asn-statement-pdf",
                () -> new DownloadLink.File("asn-hours-" + s.schoolId() + ".pdf", "application/pdf",
                        scrutiny.hoursStatementPdf(s.schoolId(), locale))));
        return section;
    }

    private Section requests(ScrutinyService.SchoolScrutiny s) {
        Section section = new Section(new H3(getTranslation("asn.scrutiny.requests")));
        section.addClassName("wm-section");
        section.setId("asn-scrutiny-requests");
        if (s.requests().isEmpty()) {
            section.add(new Paragraph(getTranslation("asn.scrutiny.noRequests")));
        }
        for (RequestDetails d : s.requests()) {
            Div block = new Div();
            block.addClassName("wm-theme");
            block.setId("asn-scrutiny-request-" + d.id());
            Span status = new Span(Translations.label(d.request().getStatus()));
            status.addClassName("wm-status");
            block.add(new H3(new Anchor("asn/requests/" + d.id(), d.pupilName())), status, new RequestSummary(d));
            if (d.mayDecide()) {
                block.add(decisionForm(s, d));
            } else if (d.request().getDecidedOn() != null) {
                block.add(HoursRequestView.decision(d.request()));
            }
            section.add(block);
        }
        return section;
    }

    /** Hours a week with reasons, or no hours with reasons; refused input stays on screen beside its field. */
    private Div decisionForm(ScrutinyService.SchoolScrutiny s, RequestDetails d) {
        long id = d.id();
        BigDecimalField hours = new BigDecimalField(getTranslation("asn.scrutiny.hours"));
        hours.setValue(d.check().hoursConsidered());
        hours.setHelperText(getTranslation("asn.scrutiny.hoursHelp", AsnLabels.hours(d.check().hoursConsidered())));
        hours.setId("asn-decide-hours-" + id);
        TextArea reasons = new TextArea(getTranslation("asn.scrutiny.reasons"));
        reasons.setWidthFull();
        reasons.setId("asn-decide-reasons-" + id);
        TextLimit.apply(reasons, RequestInput.MAX_TEXT);
        Feedback feedback = new Feedback().field("decidedHours", hours).field("reasons", reasons)
                .onConflict("asn.conflict", this::show);
        Button decide = new Button(getTranslation("asn.scrutiny.decide"), e -> {
            // what is missing or wrong is said beside its field at once; a complete decision is confirmed first
            BigDecimal value = hours.getValue();
            List<Violation> problems = RequestInput.decidedHours(value, reasons.getValue());
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            String from = s.nextTermStarts() == null ? getTranslation("asn.confirm.decide.nextTerm")
                    : Dates.DAY_MONTH_YEAR.format(s.nextTermStarts());
            Confirmation.of("confirm-asn-decide-" + id, getTranslation("asn.confirm.decide.title", d.pupilName()))
                    .says(getTranslation("asn.confirm.decide.text", AsnLabels.hours(value), d.pupilName(), from))
                    .tells(scrutiny.toldOfDecision(id))
                    .confirm(getTranslation("asn.scrutiny.decide"), () -> {
                        if (feedback.run(() -> scrutiny.decide(id, d.lock(), value, reasons.getValue()),
                                "asn.scrutiny.decidedDone", d.pupilName(), AsnLabels.hours(value))) {
                            show();
                        }
                    }).open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("asn-decide-" + id);
        Button decline = new Button(getTranslation("asn.scrutiny.decline"), e -> {
            List<Violation> problems = RequestInput.reasons(reasons.getValue());
            if (!problems.isEmpty()) {
                feedback.refused(problems);
                return;
            }
            Confirmation.of("confirm-asn-decline-" + id, getTranslation("asn.confirm.decline.title", d.pupilName()))
                    .says(getTranslation("asn.confirm.decline.text", d.pupilName()))
                    .tells(scrutiny.toldOfDecision(id))
                    .confirm(getTranslation("asn.scrutiny.decline"), () -> {
                        if (feedback.run(() -> scrutiny.decline(id, d.lock(), reasons.getValue()),
                                "asn.scrutiny.declinedDone", d.pupilName())) {
                            show();
                        }
                    }).danger().open();
        });
        decline.setId("asn-decline-" + id);
        FlexLayout buttons = new FlexLayout(decide, decline);
        buttons.addClassName("wm-filters");
        Div form = new Div(new H3(getTranslation("asn.scrutiny.decision")), hours, reasons, buttons);
        form.addClassName("wm-asn-decide");
        return form;
    }

    private Section lines(ScrutinyService.SchoolScrutiny s) {
        Section section = new Section(new H3(getTranslation("asn.scrutiny.lines")));
        section.addClassName("wm-section");
        section.setId("asn-scrutiny-lines");
        if (s.lines().isEmpty()) {
            section.add(new Paragraph(getTranslation("asn.scrutiny.noLines")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (ScrutinyService.HoursLine l : s.lines()) {
            list.add(new ListItem(getTranslation("asn.scrutiny.line", l.pupilName(), AsnLabels.hours(l.hours()),
                    Dates.DAY_MONTH_YEAR.format(l.start()), Dates.DAY_MONTH_YEAR.format(l.end()),
                    Translations.label(l.source()))));
        }
        section.add(list);
        return section;
    }

    private Section notes(@Nullable AsnSchoolNotes notes) {
        Section section = new Section(new H3(getTranslation("asn.scrutiny.notes")));
        section.addClassName("wm-section");
        section.setId("asn-scrutiny-notes");
        TextArea timetable = note("asn.scrutiny.timetable", "asn-notes-timetable",
                notes == null ? "" : notes.getTimetableNotes());
        TextArea staff = note("asn.scrutiny.otherStaff", "asn-notes-staff", notes == null ? "" : notes.getOtherStaff());
        TextArea management = note("asn.scrutiny.management", "asn-notes-management",
                notes == null ? "" : notes.getManagementNotes());
        Integer version = notes == null ? null : notes.getVersion();
        Feedback feedback = new Feedback().field("timetableNotes", timetable).field("otherStaff", staff)
                .field("managementNotes", management).onConflict("asn.conflict", this::show);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (feedback.run(() -> scrutiny.saveNotes(schoolId, version, timetable.getValue(), staff.getValue(),
                    management.getValue()), "asn.scrutiny.notesSaved")) {
                show();
            }
        });
        save.setId("asn-notes-save");
        section.add(timetable, staff, management, save);
        return section;
    }

    private TextArea note(String labelKey, String id, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setValue(value);
        area.setId(id);
        TextLimit.apply(area, AsnSchoolNotes.MAX_NOTE);
        return area;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.asnScrutiny") : Objects.requireNonNull(title);
    }
}
