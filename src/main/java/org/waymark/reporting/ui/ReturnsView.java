package org.waymark.reporting.ui;

import java.io.OutputStream;
import java.util.Optional;

import org.waymark.base.domain.Nation;
import org.waymark.reporting.service.ReturnsService;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The authority's statutory return, downloaded as CSV written straight to the browser while the
 * database is read: England's SEN2-style return of EHC plans, Wales's IDP count by maintaining
 * body. (Scotland's stage and level export is on the ASN screens.)
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION, Scheme.IDP})
@Menu(order = 22, icon = "vaadin:file-table", title = "nav.returns")
@Route("reports/returns")
@RolesAllowed({Roles.LEAD_SEND_COORDINATOR, Roles.CASEWORKER})
public class ReturnsView extends VerticalLayout implements HasDynamicTitle {

    public ReturnsView(ReturnsService returns) {
        addClassName("wm-returns");
        H2 heading = new H2(getTranslation("returns.title"));
        heading.setId("returns-heading");
        add(heading);
        Optional<Nation> nation = returns.returnOfCaller();
        if (nation.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("returns.none"));
            none.setId("returns-none");
            add(none);
            return;
        }
        boolean england = nation.get() == Nation.ENGLAND;
        add(new Paragraph(getTranslation(england ? "returns.sen2.help" : "returns.idp.help")));
        String name = england ? "sen2-return.csv" : "idp-count.csv";
        Anchor link = new Anchor(org.waymark.base.ui.Downloads.streamed(event -> {
            event.setFileName(name);
            event.setContentType("text/csv");
            try (OutputStream out = event.getOutputStream()) {
                if (england) {
                    returns.sen2(out);
                } else {
                    returns.idpCount(out);
                }
            }
        }), getTranslation(england ? "returns.sen2.link" : "returns.idp.link"));
        link.setId(england ? "return-sen2" : "return-idp");
        link.addClassName("wm-link-button");
        add(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("returns.title");
    }
}
