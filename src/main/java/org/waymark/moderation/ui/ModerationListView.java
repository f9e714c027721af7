package org.waymark.moderation.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.Clock;
import java.time.LocalDate;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.Translations;
import org.waymark.moderation.domain.ModerationMeeting;
import org.waymark.moderation.service.FamilyMoneyService;
import org.waymark.moderation.service.ModerationService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/** The family's moderation meetings, and opening the next one, for the Family SENCO. */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("moderation")
@Menu(order = 4, icon = "vaadin:group", title = "nav.moderation")
@RolesAllowed(Roles.FAMILY_SENCO)
public class ModerationListView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker date = LocalisedDatePicker.create("moderation.date");

    public ModerationListView(ModerationService moderation, FamilyMoneyService familyMoney, Clock clock) {
        UnorderedList list = new UnorderedList();
        list.setId("meeting-list");
        for (ModerationMeeting m : moderation.meetingsOfMyFamily()) {
            list.add(new ListItem(new RouterLink(getTranslation("moderation.meetingOn",
                    Dates.DAY_MONTH_YEAR.format(m.getMeetingDate())), MeetingView.class,
                    new RouteParameters("meetingId", String.valueOf(m.getId()))),
                    new com.vaadin.flow.component.html.Span(" · " + Translations.label(m.getStatus()) + " · "
                            + getTranslation("moderation.caseCount", m.getCases().size()))));
        }
        date.setValue(LocalDate.now(clock));
        date.setId("meeting-date");
        // no date is said beside the field and opens nothing: it never means today
        Feedback opening = new Feedback().field("date", date);
        Button open = new Button(getTranslation("moderation.open"), e -> opening.call(
                () -> moderation.open(date.getValue()), id -> null).ifPresent(id -> getUI().ifPresent(ui -> ui.navigate(
                MeetingView.class, new RouteParameters("meetingId", String.valueOf(id))))));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-meeting");
        FlexLayout row = new FlexLayout(date, open);
        row.addClassName("wm-filters");
        row.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.moderation")), new Paragraph(getTranslation("moderation.help")),
                new BudgetPanel(familyMoney.budgetOfMyFamily()), row, new Div(list));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.moderation");
    }
}
