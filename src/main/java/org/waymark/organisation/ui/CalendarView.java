package org.waymark.organisation.ui;

import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.UnsavedChanges;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.organisation.domain.BankHoliday;
import org.waymark.organisation.domain.LocalAuthority;
import org.waymark.organisation.domain.Term;
import org.waymark.organisation.domain.TermBreak;
import org.waymark.organisation.domain.TermName;
import org.waymark.organisation.service.CalendarService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;

/**
 * The authority's calendar for its administrators: term dates (edit one, remove one, import a
 * file), breaks within terms (half-terms: not school days) and the bank holidays of its nation
 * (add one, import a file). Deadlines, school days and
 * effective dates are counted from these.
 */
@Route("calendar")
@Menu(order = 13, icon = "vaadin:calendar", title = "nav.calendar")
@RolesAllowed(Roles.LA_ADMIN)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final CalendarService calendar;
    final Grid<Term> terms = new ListGrid<>();
    final Grid<BankHoliday> holidays = new ListGrid<>();
    final Grid<TermBreak> breaks = new ListGrid<>();
    final DatePicker breakStart = LocalisedDatePicker.create("calendar.breakStart");
    final DatePicker breakEnd = LocalisedDatePicker.create("calendar.breakEnd");
    final TextField year = new TextField();
    final Select<TermName> termName = new Select<>();
    final DatePicker start = LocalisedDatePicker.create("calendar.start");
    final DatePicker end = LocalisedDatePicker.create("calendar.end");
    final DatePicker holidayDate = LocalisedDatePicker.create("calendar.holidayDate");
    final TextField holidayName = new TextField();
    final Div problems = new Div();
    private int version;
    /** Import problems (and any a form cannot place) are listed by line under the heading. */
    private final Feedback importing = new Feedback().placer(this::listProblem, this::clearProblems)
            .onConflict("calendar.conflict", this::refresh);
    private final Feedback termFeedback = new Feedback().field("academic_year", year).field("term", termName)
            .field("start", start).field("end", end).placer(this::listProblem, this::clearProblems)
            .onConflict("calendar.conflict", this::refresh);
    private final Feedback breakFeedback = new Feedback().field("breakStart", breakStart).field("breakEnd", breakEnd)
            .placer(this::listProblem, this::clearProblems).onConflict("calendar.conflict", this::refresh);
    private final Feedback holidayFeedback = new Feedback().field("date", holidayDate).field("name", holidayName)
            .placer(this::listProblem, this::clearProblems).onConflict("calendar.conflict", this::refresh);

    public CalendarView(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        terms.setId("calendar-terms");
        terms.addColumn(Term::academicYear).setHeader(getTranslation("calendar.year"));
        terms.addColumn(t -> Translations.label(t.termName())).setHeader(getTranslation("calendar.term"));
        terms.addColumn(t -> Dates.DAY_MONTH_YEAR.format(t.startDate())).setHeader(getTranslation("calendar.start"));
        terms.addColumn(t -> Dates.DAY_MONTH_YEAR.format(t.endDate())).setHeader(getTranslation("calendar.end"));
        terms.addComponentColumn(t -> {
            Button remove = new Button(getTranslation("calendar.remove"), e -> act(importing, () -> calendar.removeTerm(version,
                    t.academicYear(), t.termName()), "calendar.termRemoved"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("calendar.removeNamed", t.academicYear(),
                    Translations.label(t.termName())));
            return remove;
        });
        terms.setAllRowsVisible(true);
        terms.addItemClickListener(e -> {
            year.setValue(e.getItem().academicYear());
            termName.setValue(e.getItem().termName());
            start.setValue(e.getItem().startDate());
            end.setValue(e.getItem().endDate());
        });
        year.setLabel(getTranslation("calendar.year"));
        year.setPlaceholder("2027/28");
        year.setHelperText(getTranslation("calendar.yearHelp"));
        year.setId("term-year");
        termName.setLabel(getTranslation("calendar.term"));
        termName.setItems(TermName.values());
        termName.setItemLabelGenerator(Translations::label);
        termName.setId("term-name");
        start.setId("term-start");
        end.setId("term-end");
        Button save = new Button(getTranslation("calendar.saveTerm"), e -> act(termFeedback, () -> calendar.saveTerm(version,
                year.getValue(), termName.getValue(), start.getValue(), end.getValue()), "calendar.termSaved"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("term-save");
        FlexLayout termForm = new FlexLayout(year, termName, start, end, save);
        termForm.addClassName("wm-filters");
        termForm.setAlignItems(Alignment.BASELINE);
        Upload termUpload = upload("term-upload", this::importTerms);

        breaks.setId("calendar-breaks");
        breaks.addColumn(b -> Dates.DAY_MONTH_YEAR.format(b.startDate())).setHeader(getTranslation("calendar.breakStart"));
        breaks.addColumn(b -> Dates.DAY_MONTH_YEAR.format(b.endDate())).setHeader(getTranslation("calendar.breakEnd"));
        breaks.addComponentColumn(b -> {
            Button remove = new Button(getTranslation("calendar.remove"), e -> act(breakFeedback,
                    () -> calendar.removeBreak(version, b.startDate()), "calendar.breakRemoved"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("calendar.removeBreakNamed",
                    Dates.DAY_MONTH_YEAR.format(b.startDate()), Dates.DAY_MONTH_YEAR.format(b.endDate())));
            return remove;
        }).setKey("remove");
        breaks.setAllRowsVisible(true);
        breakStart.setId("break-start");
        breakEnd.setId("break-end");
        Button addBreak = new Button(getTranslation("calendar.addBreak"), e -> act(breakFeedback,
                () -> calendar.saveBreak(version, breakStart.getValue(), breakEnd.getValue()), "calendar.breakSaved"));
        addBreak.setId("break-add");
        FlexLayout breakForm = new FlexLayout(breakStart, breakEnd, addBreak);
        breakForm.addClassName("wm-filters");
        breakForm.setAlignItems(Alignment.BASELINE);

        holidays.setId("calendar-holidays");
        holidays.addColumn(h -> Dates.DAY_MONTH_YEAR.format(h.holidayDate())).setHeader(getTranslation("calendar.holidayDate"));
        holidays.addColumn(BankHoliday::name).setHeader(getTranslation("calendar.holidayName"));
        holidays.setHeight("16rem");
        holidayDate.setId("holiday-date");
        holidayName.setLabel(getTranslation("calendar.holidayName"));
        TextLimit.apply(holidayName, 100);
        holidayName.setId("holiday-name");
        Button addHoliday = new Button(getTranslation("calendar.addHoliday"), e -> act(holidayFeedback, () ->
                calendar.addBankHoliday(holidayDate.getValue(), holidayName.getValue()), "calendar.holidayAdded"));
        addHoliday.setId("holiday-add");
        FlexLayout holidayForm = new FlexLayout(holidayDate, holidayName, addHoliday);
        holidayForm.addClassName("wm-filters");
        holidayForm.setAlignItems(Alignment.BASELINE);
        Upload holidayUpload = upload("holiday-upload", this::importHolidays);
        problems.setId("calendar-problems");

        Section termSection = new Section(new H3(getTranslation("calendar.terms")), terms, termForm,
                new Paragraph(getTranslation("calendar.termImportHelp")), termUpload);
        termSection.addClassName("wm-section");
        Section breakSection = new Section(new H3(getTranslation("calendar.breaks")),
                new Paragraph(getTranslation("calendar.breaksHelp")), breaks, breakForm);
        breakSection.addClassName("wm-section");
        Section holidaySection = new Section(new H3(getTranslation("calendar.holidays")), holidays, holidayForm,
                new Paragraph(getTranslation("calendar.holidayImportHelp")), holidayUpload);
        holidaySection.addClassName("wm-section");
        add(new H2(getTranslation("nav.calendar")), new Paragraph(getTranslation("calendar.help")), problems,
                termSection, breakSection, holidaySection);
        refresh();
    }

    private Upload upload(String id, java.util.function.Consumer<byte[]> importer) {
        Upload upload = new Upload(new org.waymark.base.ui.CappedUpload(org.waymark.base.ui.CappedUpload.IMPORT_MAX_BYTES,
                (name, bytes) -> importer.accept(bytes), org.waymark.base.ui.CappedUpload::refuseImport));
        upload.setId(id);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        return upload;
    }

    /** Imports a file; every problem is listed by line, and nothing is stored unless all is well. */
    private void importFile(java.util.function.Function<byte[], List<Violation>> importer, byte[] bytes) {
        importing.call(() -> importer.apply(bytes), found -> found.isEmpty()
                ? getTranslation("calendar.imported") : null).ifPresent(list -> {
            if (!list.isEmpty()) {
                importing.refused(list);
            }
            refresh();
        });
    }

    /** A term-dates file, from the upload. */
    public void importTerms(byte[] bytes) {
        importFile(b -> calendar.importTerms(version, b), bytes);
    }

    /** A bank-holidays file, from the upload. */
    public void importHolidays(byte[] bytes) {
        importFile(calendar::importBankHolidays, bytes);
    }

    /** Shows a problem in the list under the heading, one line each; answers that it did. */
    private boolean listProblem(Violation v) {
        problems.add(new Paragraph(ViolationNotice.message(v)));
        problems.addClassName("wm-error-list");
        return true;
    }

    private void clearProblems() {
        problems.removeAll();
        problems.removeClassName("wm-error-list");
    }

    private void act(Feedback feedback, Runnable action, String doneKey) {
        if (feedback.run(action, doneKey)) {
            termFeedback.clearErrors();
            breakFeedback.clearErrors();
            holidayFeedback.clearErrors();
            refresh();
        }
    }

    void refresh() {
        LocalAuthority authority = calendar.authority();
        version = Objects.requireNonNull(authority.getVersion());
        terms.setItems(authority.termsInOrder());
        breaks.setItems(authority.breaksInOrder());
        holidays.setItems(calendar.bankHolidays());
        unsaved.saved();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
