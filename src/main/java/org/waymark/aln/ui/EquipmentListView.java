package org.waymark.aln.ui;

import static org.waymark.aln.ui.AlnTexts.t;

import java.util.List;
import java.util.Objects;

import org.waymark.aln.service.EquipmentService;
import org.waymark.base.domain.Money;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's requests for specialist equipment still moving (requested, approved, ordered),
 * oldest first, for its officers; each opens the request. In the menu of authorities that run
 * {@code Scheme.IDP} only (docs/design-decisions/DD006).
 */
@ForSchemes(Scheme.IDP)
@Menu(order = 3.31, icon = "vaadin:toolbox", title = "nav.alnEquipment")
@Route("aln/equipment")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR})
public class EquipmentListView extends VerticalLayout implements HasDynamicTitle {

    public EquipmentListView(EquipmentService equipment) {
        addClassName("wm-aln-equipment-list");
        List<EquipmentService.EquipmentLine> lines = equipment.inFlight();
        add(new H2(t("aln.equipment.list.title")), new Paragraph(t("aln.equipment.list.help")));
        UnorderedList list = new UnorderedList();
        list.setId("aln-equipment-list");
        for (EquipmentService.EquipmentLine line : lines) {
            long id = Objects.requireNonNull(line.request().getId());
            RouterLink open = new RouterLink(line.pupilName() + " — " + line.request().getItem(), EquipmentView.class,
                    new RouteParameters("requestId", String.valueOf(id)));
            open.setId("aln-equipment-open-" + id);
            list.add(new ListItem(open, new Span(" · " + line.schoolName() + " · "
                    + Money.pounds(line.request().getEstimatedCost()) + " · "
                    + Translations.label(line.request().getStatus()))));
        }
        add(lines.isEmpty() ? new Paragraph(t("aln.equipment.list.none")) : list);
    }

    @Override
    public String getPageTitle() {
        return t("aln.equipment.list.title");
    }
}
