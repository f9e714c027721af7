package org.waymark.ras.ui;

import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ListGrid;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.ras.domain.Converter;
import org.waymark.ras.service.ConverterService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The converter from points to an indicative resource: the adopted fit's bands (median and
 * quartiles of the past cases in each); the personalisation officer re-fits it with another band
 * width and sees, before adopting, how every open case's indicative resource would change.
 */
@ForSchemes(Scheme.RESOURCE_ALLOCATION)
@Route("ras/converter")
@Menu(order = 3.8, icon = "vaadin:chart", title = "nav.rasConverter")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER})
public class RasConverterView extends VerticalLayout implements HasDynamicTitle {

    private final ConverterService converter;
    private final boolean officer;
    final Grid<ConverterService.Change> changes = new ListGrid<>();
    final IntegerField bandWidth = new IntegerField();

    public RasConverterView(ConverterService converter, CurrentUser currentUser) {
        this.converter = converter;
        this.officer = currentUser.require().has(Role.PERSONALISATION_OFFICER);
        show();
    }

    private void show() {
        removeAll();
        ConverterService.FitView view = converter.current();
        add(new H2(getTranslation("nav.rasConverter")), new Paragraph(getTranslation("ras.converter.help")));
        Converter.Fit fit = view.fit();
        if (fit == null || view.adopted() == null) {
            add(new Paragraph(getTranslation("ras.converter.noneAdopted")));
        } else {
            Paragraph adopted = new Paragraph(getTranslation("ras.converter.adopted", fit.bandWidth(),
                    fit.casesUsed(), view.pastCases()));
            adopted.setId("ras-fit-adopted");
            add(adopted, bands(fit, "ras-bands"));
        }
        if (officer) {
            add(refit(fit == null ? ConverterService.DEFAULT_BAND : fit.bandWidth()));
        }
    }

    private Grid<Converter.Band> bands(Converter.Fit fit, String id) {
        Grid<Converter.Band> grid = new ListGrid<>();
        grid.setId(id);
        grid.setAriaLabel(getTranslation("ras.converter.bands"));
        grid.addColumn(b -> getTranslation("ras.converter.range", b.from(), b.to()))
                .setHeader(getTranslation("ras.points"));
        grid.addColumn(b -> RasLabels.money(b.resource())).setHeader(getTranslation("ras.indicative"));
        grid.addColumn(b -> b.cases() == 0 ? "" : RasLabels.money(b.lowerQuartile()) + " – "
                + RasLabels.money(b.upperQuartile())).setHeader(getTranslation("ras.converter.quartiles"));
        grid.addColumn(Converter.Band::cases).setHeader(getTranslation("ras.converter.cases"));
        grid.setItems(fit.bands());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Section refit(int current) {
        bandWidth.setLabel(getTranslation("ras.converter.bandWidth"));
        bandWidth.setId("ras-band-width");
        bandWidth.setValue(current);
        bandWidth.setMin(2);
        bandWidth.setMax(50);
        bandWidth.setStepButtonsVisible(true);
        Feedback feedback = new Feedback().field("bandWidth", bandWidth);
        changes.setId("ras-fit-changes");
        changes.setAriaLabel(getTranslation("ras.converter.changes"));
        changes.addColumn(ConverterService.Change::pupilName).setHeader(getTranslation("pupil.name")).setFlexGrow(3);
        changes.addColumn(ConverterService.Change::points).setHeader(getTranslation("ras.points"));
        changes.addColumn(c -> RasLabels.money(c.now())).setHeader(getTranslation("ras.converter.now"));
        changes.addColumn(c -> RasLabels.money(c.then())).setHeader(getTranslation("ras.converter.then"));
        changes.addColumn(c -> RasLabels.money(c.difference())).setHeader(getTranslation("ras.converter.change"));
        changes.setAllRowsVisible(true);
        changes.setVisible(false);
        Button preview = new Button(getTranslation("ras.converter.preview"), e -> feedback.call(
                () -> converter.preview(bandWidth.getValue() == null ? 0 : bandWidth.getValue()),
                p -> getTranslation("ras.converter.previewed", p.changes().size())).ifPresent(p -> {
                    changes.setItems(p.changes());
                    changes.setVisible(true);
                }));
        preview.setId("ras-preview");
        Button adopt = new Button(getTranslation("ras.converter.adopt"), e -> Confirmation.of("confirm-ras-adopt",
                getTranslation("ras.converter.adoptTitle")).says(getTranslation("ras.converter.adoptSays"))
                .confirm(getTranslation("ras.converter.adopt"), () -> {
                    if (feedback.call(() -> converter.adopt(bandWidth.getValue() == null ? 0 : bandWidth.getValue()),
                            id -> getTranslation("ras.converter.adoptedDone")).isPresent()) {
                        show();
                    }
                }).open());
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setId("ras-adopt");
        Section section = new Section(new H3(getTranslation("ras.converter.refit")),
                new Paragraph(getTranslation("ras.converter.refitHelp")), new FlexLayout(bandWidth, preview, adopt),
                changes);
        section.addClassName("wm-section");
        section.setId("ras-refit");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rasConverter");
    }
}
