package org.waymark.asn.ui;

import org.waymark.asn.service.MoveService;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Translations;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Pupils with assistant hours who moved out of a school, for the council's finance officers and
 * Education Support Officers: where from and to, when, the hours a week, the school days since the
 * move and the overpayment to recover from the school's budget, with the total.
 */
@ForSchemes(Scheme.ASN_HOURS)
@Route("asn/moves")
@Menu(order = 3.4, icon = "vaadin:exit-o", title = "nav.asnMoves")
@RolesAllowed({Roles.FINANCE_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER})
public class AsnMovesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MoveService.MoveRow> grid = new ListGrid<>();

    public AsnMovesView(MoveService moves) {
        setSizeFull();
        MoveService.Moves all = moves.moves();
        grid.setId("asn-moves");
        grid.setAriaLabel(getTranslation("nav.asnMoves"));
        grid.addColumn(MoveService.MoveRow::pupilName).setHeader(getTranslation("pupil.name")).setFlexGrow(2);
        grid.addColumn(MoveService.MoveRow::fromSchool).setHeader(getTranslation("asn.moves.from")).setFlexGrow(2);
        grid.addColumn(r -> r.toSchool() != null ? r.toSchool()
                        : Translations.label(EnrolmentEndReason.valueOf(r.move().reason())))
                .setHeader(getTranslation("asn.moves.to")).setFlexGrow(2);
        grid.addColumn(r -> Dates.DAY_MONTH_YEAR.format(r.move().movedOn())).setHeader(getTranslation("asn.moves.on"));
        grid.addColumn(r -> Dates.DAY_MONTH_YEAR.format(r.move().recordedOn()))
                .setHeader(getTranslation("asn.moves.recorded"));
        grid.addColumn(r -> AsnLabels.hours(r.move().hours())).setHeader(getTranslation("asn.statement.hours"));
        grid.addColumn(r -> r.move().schoolDays()).setHeader(getTranslation("asn.moves.days"));
        grid.addColumn(r -> r.move().overpayment() == null ? "—" : Money.pounds(r.move().overpayment()))
                .setHeader(getTranslation("asn.moves.overpayment"));
        grid.setItems(all.rows());
        grid.setEmptyStateText(getTranslation("asn.moves.none"));
        Paragraph total = new Paragraph(getTranslation("asn.moves.total", Money.pounds(all.totalOverpayment())));
        total.setId("asn-moves-total");
        add(new H2(getTranslation("nav.asnMoves")), new Paragraph(getTranslation("asn.moves.help")), total, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.asnMoves");
    }
}
