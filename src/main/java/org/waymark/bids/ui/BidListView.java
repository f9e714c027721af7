package org.waymark.bids.ui;

import org.waymark.pupils.ui.NewForPupilDialog;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.bids.domain.BidDirectory;
import org.waymark.bids.domain.BidFilter;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.service.BidService;
import org.waymark.bids.service.BidWizardService;
import org.waymark.organisation.domain.School;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;



import jakarta.annotation.security.RolesAllowed;

/**
 * The bids the user may see: a school's own (drafts included), a family's and an authority's
 * submitted ones; filtered by status, school and level asked, newest change first.
 */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("bids")
@Menu(order = 3, icon = "vaadin:coin-piles", title = "nav.bids")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class BidListView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    final ComboBox<BidStatus> status = new ComboBox<>();
    final ComboBox<School> school = new ComboBox<>();
    final ComboBox<String> level = new ComboBox<>();
    final Grid<BidDirectory.BidRow> grid = new ListGrid<>();

    private final BidWizardService wizard;

    public BidListView(BidService bids, BidWizardService wizard) {
        this.wizard = wizard;
        setSizeFull();
        status.setLabel(getTranslation("bids.filter.status"));
        status.setItems(BidStatus.values());
        status.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("filter.any"));
        status.setItemLabelGenerator(Translations::label);
        status.setId("bid-status-filter");
        List<School> schools = bids.schoolsInScope();
        school.setLabel(getTranslation("pupil.school"));
        school.setItems(schools);
        school.setClearButtonVisible(true);
        school.setPlaceholder(getTranslation("filter.any"));
        school.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : s.name());
        school.setVisible(schools.size() > 1);
        school.setId("bid-school-filter");
        level.setLabel(getTranslation("bids.filter.level"));
        level.setItems(bids.levelCodes());
        level.setClearButtonVisible(true);
        level.setPlaceholder(getTranslation("filter.any"));
        level.setItemLabelGenerator(code -> code == null ? getTranslation("filter.any") : BidLabels.level(code));
        level.setId("bid-level-filter");

        grid.setId("bid-grid");
        grid.setAriaLabel(getTranslation("nav.bids"));
        grid.addColumn(GridCells.link(BidDirectory.BidRow::pupilName, BidView.class, "bidId", BidDirectory.BidRow::bidId)).setHeader(getTranslation("pupil.name"))
                .setFlexGrow(2);
        grid.addColumn(BidDirectory.BidRow::schoolName).setHeader(getTranslation("pupil.school")).setFlexGrow(2);
        grid.addColumn(r -> Translations.label(r.status())).setHeader(getTranslation("bids.status"));
        grid.addColumn(r -> r.levelAsked() == null ? "" : BidLabels.level(r.levelAsked()))
                .setHeader(getTranslation("bids.levelAsked"));
        grid.addColumn(r -> BidLabels.outcome(r.status(), r.agreedLevel(), r.agreedAmount()))
                .setHeader(getTranslation("bids.outcome")).setKey("outcome");
        grid.addColumn(GridCells.badges(getTranslation("bids.flag.recoupment"), BidDirectory.BidRow::recoupment,
                getTranslation("bids.flag.increase"), BidDirectory.BidRow::increase)).setHeader(getTranslation("bids.flags"));
        grid.addColumn(r -> WHEN.format(r.updatedAt())).setHeader(getTranslation("bids.updated"));
        grid.setItems(query -> bids.list(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("bids.none"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        school.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        level.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(status, school, level);
        filters.addClassName("wm-filters");
        if (wizard.mayStartBids()) {
            Button newBid = new Button(getTranslation("bids.new"), new Icon(VaadinIcon.PLUS), e -> openNewBid());
            newBid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            newBid.setId("new-bid");
            filters.add(newBid);
        }
        add(filters, grid);
        expand(grid);
    }

    /** "New bid": the SENCO picks one of their school's pupils, then the wizard opens on a new draft. */
    void openNewBid() {
        NewForPupilDialog.open("new-bid", getTranslation("bids.new.title"), getTranslation("bids.new.start"),
                wizard::pupilsToBidFor, wizard::start, bidId -> getUI().ifPresent(ui -> ui.navigate(
                        BidWizardView.class, new RouteParameters("bidId", String.valueOf(bidId)))));
    }

    BidFilter filter() {
        return new BidFilter(status.getValue(), school.getValue() == null ? null : school.getValue().id(),
                level.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bids");
    }
}
