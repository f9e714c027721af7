package org.waymark.dataprotection.ui;

import java.util.List;

import org.waymark.audit.service.AuditChainCheck;
import org.waymark.audit.service.AuditChainReport;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.TextLimit;
import org.waymark.dataprotection.domain.AccessLog;
import org.waymark.dataprotection.service.DataProtectionService;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Data protection (DD013): for the authority's data protection officer, who read or changed a
 * child's record, filtered by pupil, user and days, exportable as CSV (both looks audited); for
 * the officer and the authority's administrators, the audit chain's check with its first broken link.
 */
@Route("data-protection")
@Menu(order = 80, icon = "vaadin:shield", title = "dp.menu")
@RolesAllowed({Roles.DATA_PROTECTION_OFFICER, Roles.LA_ADMIN})
public class DataProtectionView extends VerticalLayout implements HasDynamicTitle {

    final TextField pupil = new TextField();
    final TextField actor = new TextField();
    final DatePicker from;
    final DatePicker to;
    final Grid<AccessLog.Entry> grid = new ListGrid<>();
    final Paragraph chainResult = new Paragraph();

    private final DataProtectionService service;

    public DataProtectionView(DataProtectionService service, AuditChainCheck chain, CurrentUser currentUser) {
        this.service = service;
        add(new H2(getTranslation("dp.title")));
        from = LocalisedDatePicker.create("dp.from");
        to = LocalisedDatePicker.create("dp.to");
        if (currentUser.require().has(Role.DATA_PROTECTION_OFFICER)) {
            accessLog();
        }
        Button check = new Button(getTranslation("dp.chain.check"), e -> show(chain.verify()));
        check.setId("dp-chain-check");
        chainResult.setId("dp-chain-result");
        chainResult.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("dp.chain.title")), new Paragraph(getTranslation("dp.chain.help")), check, chainResult);
    }

    private void accessLog() {
        pupil.setLabel(getTranslation("dp.pupil"));
        pupil.setId("dp-pupil");
        TextLimit.apply(pupil, 100);
        actor.setLabel(getTranslation("dp.actor"));
        actor.setId("dp-actor");
        TextLimit.apply(actor, 100);
        from.setId("dp-from");
        to.setId("dp-to");
        Button search = new Button(getTranslation("dp.search"), e -> refresh());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setId("dp-search");
        FlexLayout filters = new FlexLayout(pupil, actor, from, to, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("wm-filters");
        grid.setId("dp-access-log");
        grid.addColumn(e -> Dates.DAY_MONTH_YEAR_TIME.format(e.occurredAt())).setHeader(getTranslation("dp.col.when"))
                .setAutoWidth(true);
        grid.addColumn(AccessLog.Entry::actor).setHeader(getTranslation("dp.col.user")).setAutoWidth(true);
        grid.addColumn(AccessLog.Entry::action).setHeader(getTranslation("dp.col.action")).setAutoWidth(true);
        grid.addColumn(AccessLog.Entry::outcome).setHeader(getTranslation("dp.col.outcome")).setAutoWidth(true);
        grid.addColumn(AccessLog.Entry::pupilName).setHeader(getTranslation("dp.col.pupil")).setAutoWidth(true);
        grid.addColumn(AccessLog.Entry::record).setHeader(getTranslation("dp.col.record")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("dp.col.detail"));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        add(new Paragraph(getTranslation("dp.help")), filters,
                DownloadLink.of(getTranslation("dp.csv"), "dp-csv", () -> new DownloadLink.File("access-log.csv",
                        "text/csv", service.accessLogCsv(filter()))), grid);
        refresh();
    }

    AccessLog.Filter filter() {
        return new AccessLog.Filter(pupil.getValue(), actor.getValue(), from.getValue(), to.getValue());
    }

    void refresh() {
        List<AccessLog.Entry> entries = service.accessLog(filter());
        grid.setItems(entries);
    }

    private void show(AuditChainReport report) {
        chainResult.setText(report.firstBreak()
                .map(b -> getTranslation("dp.chain.broken", b.seq(), b.id(), getTranslation(b.reason()), report.checked()))
                .orElse(getTranslation("dp.chain.intact", report.checked(), report.unsealed())));
        chainResult.getElement().setAttribute("role", report.intact() ? "status" : "alert");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dp.title");
    }
}
