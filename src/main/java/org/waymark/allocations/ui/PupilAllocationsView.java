package org.waymark.allocations.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.waymark.allocations.domain.Allocation;
import org.waymark.allocations.domain.AllocationHistory;
import org.waymark.allocations.service.AllocationService;
import org.waymark.base.domain.Dates;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One child's funding: every ledger line with its dates, where it came from and its history. */
@Route("pupils/:pupilId/allocations")
@RolesAllowed({Roles.PARENT, Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class PupilAllocationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AllocationService allocations;
    private final Clock clock;

    public PupilAllocationsView(AllocationService allocations, Clock clock) {
        this.allocations = allocations;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long pupilId = RouteIds.id(event.getRouteParameters(), "pupilId");
        removeAll();
        add(new H2(getTranslation("ledger.ofPupil")));
        AllocationService.PupilLedger ledger = allocations.ofPupil(pupilId);
        var lines = ledger.lines();
        if (lines.isEmpty()) {
            add(new Paragraph(getTranslation("ledger.noneForPupil")));
        }
        for (Allocation a : lines) {
            if (a.ranNever()) {
                continue;
            }
            Div block = new Div(new H3(LineNotes.streamAndLevel(a.getStream(), a.getLevel())
                    + " · " + LineNotes.amount(a.getStream(), a.getAmount())),
                    new Paragraph(getTranslation("ledger.line", Dates.DAY_MONTH_YEAR.format(a.getStartDate()),
                            Dates.DAY_MONTH_YEAR.format(a.getEndDate()), Translations.label(a.getSource()))));
            String notes = LineNotes.of(a.getEndReason(), a.getEndDate(), a.getNotifiedOn(), a.getReviewDueBy(),
                    LocalDate.now(clock));
            if (!notes.isEmpty()) {
                Paragraph why = new Paragraph(notes);
                why.setId("allocation-" + a.getId() + "-notes");
                block.add(why);
            }
            block.addClassName("wm-theme");
            block.setId("allocation-" + a.getId());
            if (a.getRecoupFrom() != null) {
                Paragraph recoup = new Paragraph(getTranslation("ledger.recoupedFrom", a.getRecoupFrom()));
                recoup.setId("allocation-recoup-" + a.getId());
                block.add(recoup);
            }
            UnorderedList history = new UnorderedList();
            for (AllocationHistory h : a.getHistory()) {
                history.add(new ListItem(Dates.DAY_MONTH_YEAR_TIME.format(h.happenedAt()) + " · " + ledger.people().name(h.actor()) + " · "
                        + getTranslation("ledger.event." + h.event()) + (h.note() == null ? "" : " — " + h.note())));
            }
            block.add(history);
            add(block);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.ofPupil");
    }
}
