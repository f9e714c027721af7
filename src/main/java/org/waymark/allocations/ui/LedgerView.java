package org.waymark.allocations.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.waymark.allocations.domain.LedgerDirectory;
import org.waymark.allocations.domain.FundingStream;
import org.waymark.allocations.service.AllocationService;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The allocation ledger the caller may see (authority, family, school or own children): each
 * line's stream, level, yearly amount, dates, where it came from and why it ended; filtered by
 * stream and by "ending by" to find allocations that need a resubmission.
 */
@Route("allocations")
@Menu(order = 11, icon = "vaadin:money", title = "nav.allocations")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private final AllocationService allocations;
    private final Clock clock;
    final ComboBox<FundingStream> stream = new ComboBox<>();
    final DatePicker endingBy = LocalisedDatePicker.create("ledger.endingBy");
    final Grid<LedgerDirectory.LedgerRow> grid = new ListGrid<>();

    public LedgerView(AllocationService allocations, Clock clock) {
        this.allocations = allocations;
        this.clock = clock;
        stream.setLabel(getTranslation("ledger.stream"));
        stream.setItems(FundingStream.values());
        stream.setClearButtonVisible(true);
        stream.setPlaceholder(getTranslation("filter.any"));
        stream.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : Translations.label(s));
        stream.setId("ledger-stream");
        endingBy.setId("ledger-ending-by");
        stream.addValueChangeListener(e -> refresh());
        endingBy.addValueChangeListener(e -> refresh());
        grid.setId("ledger");
        grid.addColumn(LedgerDirectory.LedgerRow::pupilName).setHeader(getTranslation("ledger.pupil"))
                .setAutoWidth(true);
        grid.addColumn(LedgerDirectory.LedgerRow::schoolName).setHeader(getTranslation("ledger.school"))
                .setAutoWidth(true);
        grid.addColumn(r -> LineNotes.streamAndLevel(r.stream(), r.level()))
                .setHeader(getTranslation("ledger.stream"));
        grid.addColumn(r -> LineNotes.amount(r.stream(), r.amount())).setHeader(getTranslation("ledger.amount"));
        grid.addColumn(r -> Dates.DAY_MONTH_YEAR.format(r.startDate()))
                .setHeader(getTranslation("ledger.start"));
        grid.addColumn(r -> Dates.DAY_MONTH_YEAR.format(r.endDate()))
                .setHeader(getTranslation("ledger.end"));
        grid.addColumn(r -> Translations.label(r.source())).setHeader(getTranslation("ledger.source"));
        grid.addColumn(r -> LineNotes.of(r.endReason(), r.endDate(), r.notifiedOn(), r.reviewDueBy(),
                LocalDate.now(clock))).setHeader(getTranslation("ledger.note")).setKey("notes").setAutoWidth(true);
        // another authority pays for the pupil: named in words, as the statements and virements do
        grid.addColumn(r -> r.recoupFrom() == null ? "" : getTranslation("ledger.recoupedFrom", r.recoupFrom()))
                .setHeader(getTranslation("ledger.recoupment")).setKey("recoupment").setAutoWidth(true);
        FlexLayout filters = new FlexLayout(stream, endingBy);
        filters.addClassName("wm-filters");
        add(new H2(getTranslation("nav.allocations")), new Paragraph(getTranslation("ledger.help")), filters, grid);
        refresh();
    }

    void refresh() {
        // lines still running, and those that ended in the last year, for context
        LocalDate from = LocalDate.now(clock).minusYears(1);
        grid.setItems(query -> allocations.ledger(from, stream.getValue(), endingBy.getValue(), query.getOffset(),
                query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.allocations");
    }
}
