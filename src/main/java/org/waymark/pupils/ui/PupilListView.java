package org.waymark.pupils.ui;

import org.waymark.base.domain.Dates;

import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import java.util.List;

import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.School;
import org.waymark.organisation.service.OrganisationService;
import org.waymark.pupils.domain.AreaOfNeed;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.domain.YearGroup;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;



import jakarta.annotation.security.RolesAllowed;

/**
 * The pupils the user may see, filtered by name or UPN, year group, school and area of need.
 * The grid fetches one page at a time from the database and never counts the whole table.
 */
@Route("pupils")
@Menu(order = 1, icon = "vaadin:users", title = "nav.pupils")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class PupilListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    // filters are combo boxes: a select holds two state nodes an option on the server (DD026)
    final ComboBox<YearGroup> yearGroup = new ComboBox<>();
    final ComboBox<School> school = new ComboBox<>();
    final ComboBox<AreaOfNeed> area = new ComboBox<>();
    final Grid<PupilService.PupilLine> grid = new ListGrid<>();

    private final PupilService pupils;

    public PupilListView(PupilService pupils, OrganisationService organisation) {
        this.pupils = pupils;
        setSizeFull();
        addClassName("wm-pupil-list");

        search.setLabel(getTranslation("pupils.search"));
        search.setPlaceholder(getTranslation("pupils.search.placeholder"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("pupil-search");

        yearGroup.setLabel(getTranslation("pupil.yearGroup"));
        yearGroup.setItems(pupils.yearGroupsOfOwnAuthority());
        yearGroup.setItemLabelGenerator(Translations::label);
        yearGroup.setClearButtonVisible(true);
        yearGroup.setPlaceholder(getTranslation("filter.any"));
        yearGroup.setId("filter-year-group");

        List<School> schools = organisation.schoolsInScope();
        school.setLabel(getTranslation("pupil.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        school.setClearButtonVisible(true);
        school.setPlaceholder(getTranslation("filter.any"));
        school.setVisible(schools.size() > 1);
        school.setId("filter-school");

        area.setLabel(getTranslation("pupil.areaOfNeed"));
        area.setItems(AreaOfNeed.values());
        area.setItemLabelGenerator(Translations::label);
        area.setClearButtonVisible(true);
        area.setPlaceholder(getTranslation("filter.any"));
        area.setId("filter-area");

        Button clear = new Button(getTranslation("filter.clear"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FlexLayout filters = new FlexLayout(search, yearGroup, school, area, clear);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("wm-filters");
        add(filters);

        pupils.schoolForNewPupils().ifPresent(id -> {
            Button addPupil = new Button(getTranslation("pupils.add"), new Icon(VaadinIcon.PLUS),
                    e -> getUI().ifPresent(ui -> ui.navigate(PupilEditorView.class)));
            addPupil.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            addPupil.setId("add-pupil");
            filters.add(addPupil);
        });
        if (pupils.mayImportPupils()) {
            // the imports feature's page, by its route: pupils does not depend on imports (issue 22)
            com.vaadin.flow.component.html.Anchor importPupils = new com.vaadin.flow.component.html.Anchor(
                    "pupils/import", getTranslation("pupils.import"));
            importPupils.setId("import-pupils");
            importPupils.addClassName("wm-link-button");
            filters.add(importPupils);
        }

        configureGrid();
        add(grid);
        expand(grid);

        search.addValueChangeListener(e -> refresh());
        yearGroup.addValueChangeListener(e -> refresh());
        school.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("pupil-grid");
        grid.setAriaLabel(getTranslation("nav.pupils"));
        // a pupil who left this school shows for its read-only history period, marked with the day (DD014)
        grid.addColumn(GridCells.link((PupilService.PupilLine l) -> l.pupil().leftOn() == null ? l.pupil().displayName()
                                : getTranslation("pupils.leftOn", l.pupil().displayName(),
                                Dates.DAY_MONTH_YEAR.format(l.pupil().leftOn())), PupilDetailsView.class,
                        "pupilId", l -> l.pupil().id()))
                .setHeader(getTranslation("pupil.name")).setKey("name").setSortable(true).setFlexGrow(2);
        grid.addColumn(l -> Translations.label(l.pupil().yearGroup())).setHeader(getTranslation("pupil.yearGroup"))
                .setKey("yearGroup").setSortable(true);
        grid.addColumn(l -> l.pupil().schoolName()).setHeader(getTranslation("pupil.school")).setKey("school")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(l -> Translations.label(l.pupil().primaryNeed())).setHeader(getTranslation("pupil.primaryNeed"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.pupil().lookedAfter() ? getTranslation("pupil.lookedAfter.short") : "")
                .setHeader(getTranslation("pupil.lookedAfter"));
        // the current plan and the latest bid: each feature fills its column for the whole page at once
        List<String> columns = pupils.gridColumns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            grid.addColumn(l -> l.cells().get(index).map(HoldingTexts::of).orElse(""))
                    .setHeader(getTranslation(columns.get(i))).setKey(columns.get(i)).setFlexGrow(2);
        }
        grid.setItems(query -> pupils.page(filter(), sort(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("pupils.none"));
    }

    PupilFilter filter() {
        School selected = school.getValue();
        return new PupilFilter(search.getValue(), yearGroup.getValue(), selected == null ? null : selected.id(),
                area.getValue());
    }

    private static PupilSort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return PupilSort.NAME;
        }
        var first = orders.getFirst();
        boolean descending = first.getDirection() == SortDirection.DESCENDING;
        return switch (first.getSorted()) {
            case "yearGroup" -> descending ? PupilSort.YEAR_GROUP_DESC : PupilSort.YEAR_GROUP;
            case "school" -> descending ? PupilSort.SCHOOL_DESC : PupilSort.SCHOOL;
            default -> descending ? PupilSort.NAME_DESC : PupilSort.NAME;
        };
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void clearFilters() {
        search.clear();
        yearGroup.clear();
        school.clear();
        area.clear();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pupils");
    }
}
