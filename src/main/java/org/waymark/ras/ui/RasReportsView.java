package org.waymark.ras.ui;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.attachments.ui.AttachmentsPanel;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.ras.service.RasEvidenceService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Before an annual review at a key-stage move, the pupil's setting adds its updated reports to the
 * RAS case (the notice asking for them links here). The service lets only the SENCO of the pupil's
 * setting add them, and only while the reports are awaited; afterwards the page lists what was sent.
 */
@ForSchemes(Scheme.RESOURCE_ALLOCATION)
@Route("ras/reports/:caseId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER})
public class RasReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RasEvidenceService evidence;
    private String title = "";
    AttachmentsPanel panel;

    public RasReportsView(RasEvidenceService evidence) {
        this.evidence = evidence;
        addClassName("wm-ras-reports-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long caseId = RouteIds.id(event.getRouteParameters(), "caseId");
        RasEvidenceService.SettingCase c = evidence.settingCase(caseId);
        removeAll();
        title = getTranslation("ras.reports.title", c.pupilName());
        H2 heading = new H2(title);
        heading.setId("ras-reports-heading");
        Paragraph about = new Paragraph(getTranslation(c.mayAdd() ? "ras.reports.ask" : "ras.reports.closed",
                c.reviewOn() == null ? "—" : Dates.DAY_MONTH_YEAR.format(c.reviewOn()),
                getTranslation("ras.keyStage." + c.keyStage()), Translations.label(c.status())));
        about.setId("ras-reports-about");
        panel = new AttachmentsPanel(AttachmentsPanel.Source.of(
                () -> evidence.evidence(caseId).files(),
                (kind, name, bytes) -> evidence.attach(caseId, null, kind, name, bytes),
                id -> evidence.download(caseId, id),
                id -> evidence.remove(caseId, id)), c.mayAdd(), c.maxBytes());
        add(heading, about, panel);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.rasCases") : title;
    }
}
