package org.waymark.ras.ui;

import java.time.LocalDate;
import java.util.List;

import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.GridCells;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.ras.domain.RasCaseKind;
import org.waymark.ras.service.RasCaseService;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's RAS cases, newest first, with the step each stands at, its points, indicative
 * resource and costed total; the case co-ordinator opens a case for a pupil here.
 */
@ForSchemes(Scheme.RESOURCE_ALLOCATION)
@Route("ras/cases")
@Menu(order = 3.6, icon = "vaadin:scale", title = "nav.rasCases")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER})
public class RasCasesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RasCaseService.CaseRow> grid = new ListGrid<>();

    public RasCasesView(RasCaseService cases, CurrentUser currentUser) {
        setSizeFull();
        add(new H2(getTranslation("nav.rasCases")), new Paragraph(getTranslation("ras.cases.help")));
        if (currentUser.require().has(org.waymark.security.domain.Role.CASEWORKER)) {
            add(openForm(cases));
        }
        grid.setId("ras-cases");
        grid.setAriaLabel(getTranslation("nav.rasCases"));
        grid.addColumn(GridCells.link(RasCaseService.CaseRow::pupilName, RasCaseView.class, "caseId",
                RasCaseService.CaseRow::caseId)).setHeader(getTranslation("pupil.name")).setFlexGrow(3);
        grid.addColumn(RasCaseService.CaseRow::schoolName).setHeader(getTranslation("pupil.school")).setFlexGrow(2);
        grid.addColumn(r -> Translations.label(r.kind())).setHeader(getTranslation("ras.kind"));
        grid.addColumn(r -> Translations.label(r.status())).setHeader(getTranslation("ras.status"));
        grid.addColumn(r -> getTranslation("ras.keyStage." + r.keyStage())).setHeader(getTranslation("ras.keyStage"));
        grid.addColumn(r -> r.points() == null ? "" : String.valueOf(r.points())).setHeader(getTranslation("ras.points"));
        grid.addColumn(r -> RasLabels.money(r.indicative())).setHeader(getTranslation("ras.indicative"));
        grid.addColumn(r -> RasLabels.money(r.totalCost())).setHeader(getTranslation("ras.totalCost"));
        grid.setItems(cases.cases());
        add(grid);
        expand(grid);
    }

    private Section openForm(RasCaseService cases) {
        ComboBox<RasCaseService.PupilChoice> pupil = new ComboBox<>(getTranslation("ras.open.pupil"));
        pupil.setId("ras-open-pupil");
        pupil.setItemLabelGenerator(p -> getTranslation("ras.open.pupilLabel", p.name(), p.schoolName(),
                getTranslation("enum.YearGroup." + p.yearGroup())));
        pupil.setItems(query -> cases.pupilsToOpen(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        Select<RasCaseKind> kind = new Select<>();
        kind.setLabel(getTranslation("ras.kind"));
        kind.setId("ras-open-kind");
        kind.setItems(RasCaseKind.values());
        kind.setItemLabelGenerator(Translations::label);
        kind.setValue(RasCaseKind.ASSESSMENT);
        DatePicker reviewOn = LocalisedDatePicker.create("ras.open.reviewOn");
        reviewOn.setId("ras-open-review");
        reviewOn.setVisible(false);
        kind.addValueChangeListener(e -> reviewOn.setVisible(e.getValue() == RasCaseKind.ANNUAL_REVIEW));
        Feedback feedback = new Feedback().field("pupil", pupil).field("kind", kind).field("reviewOn", reviewOn);
        Button open = new Button(getTranslation("ras.open.button"), e -> {
            if (pupil.getValue() == null) {
                pupil.setInvalid(true);
                pupil.setErrorMessage(getTranslation("ras.open.pupilRequired"));
                return;
            }
            long pupilId = pupil.getValue().pupilId();
            LocalDate review = reviewOn.getValue();
            feedback.call(() -> cases.open(pupilId, kind.getValue(), review), id -> getTranslation("ras.open.done"))
                    .ifPresent(id -> getUI().ifPresent(ui -> ui.navigate(RasCaseView.class,
                            new RouteParameters("caseId", String.valueOf(id)))));
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("ras-open");
        FlexLayout row = new FlexLayout(pupil, kind, reviewOn, open);
        row.addClassName("wm-filters");
        Section section = new Section(new H3(getTranslation("ras.open.title")), row);
        section.addClassName("wm-section");
        section.setId("ras-open-case");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rasCases");
    }

}
