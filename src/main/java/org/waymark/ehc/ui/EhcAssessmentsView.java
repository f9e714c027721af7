package org.waymark.ehc.ui;

import static org.waymark.ehc.ui.EhcTexts.date;
import static org.waymark.ehc.ui.EhcTexts.t;

import java.util.List;
import java.util.Objects;

import org.waymark.base.ui.Translations;
import org.waymark.ehc.domain.AssessmentStep;
import org.waymark.ehc.service.AssessmentListService;
import org.waymark.ehc.service.AssessmentService;
import org.waymark.ehc.service.EhcRequestService;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import org.waymark.security.domain.Role;
import org.waymark.security.domain.Roles;
import org.waymark.security.domain.UserScope;
import org.waymark.security.service.CurrentUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * EHC needs assessments on their clock. For the authority's officers: every step due on the open
 * cases — overdue, due this week, later — with days left or late, narrowed by step and caseworker
 * (a caseworker starts on their own cases, a team leader and the lead SEND co-ordinator on the
 * team's), the overdue counted by step and by caseworker, lately closed cases. For a school's SENCO
 * and head and for parents: their own requests and where each is. Each opens the case.
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Menu(order = 3.5, icon = "vaadin:timer", title = "nav.ehcAssessments")
@Route("ehc/assessments")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.SEND_TEAM_LEADER, Roles.SCHOOL_SENCO,
        Roles.HEAD_TEACHER, Roles.PARENT})
public class EhcAssessmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentListService lists;
    private final EhcRequestService requests;
    private final AssessmentService assessments;
    private final UserScope user;
    private final Select<AssessmentStep> step = new Select<>();
    private final Select<AssessmentService.Caseworker> caseworker = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final VerticalLayout body = new VerticalLayout();

    public EhcAssessmentsView(AssessmentListService lists, EhcRequestService requests, AssessmentService assessments,
                              CurrentUser currentUser) {
        this.lists = lists;
        this.requests = requests;
        this.assessments = assessments;
        this.user = currentUser.require();
        addClassName("wm-ehc-assessments");
        body.setPadding(false);
        boolean officer = user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR)
                || user.has(Role.SEND_TEAM_LEADER);
        add(new H2(t("ehc.list.title")));
        if (officer) {
            officerFilters();
        } else {
            asking();
        }
        add(body);
        refresh();
    }

    private void officerFilters() {
        add(new Paragraph(t("ehc.list.help")));
        step.setLabel(t("ehc.list.step"));
        step.setItems(AssessmentStep.values());
        step.setItemLabelGenerator(Translations::label);
        step.setEmptySelectionAllowed(true);
        step.setEmptySelectionCaption(t("ehc.list.allSteps"));
        step.setId("ehc-filter-step");
        caseworker.setLabel(t("ehc.list.caseworker"));
        caseworker.setItems(assessments.caseworkers());
        caseworker.setItemLabelGenerator(c -> c == null ? t("ehc.list.allCaseworkers") : c.name());
        caseworker.setEmptySelectionAllowed(true);
        caseworker.setEmptySelectionCaption(t("ehc.list.allCaseworkers"));
        caseworker.setId("ehc-filter-caseworker");
        mine.setLabel(t("ehc.list.mine"));
        // a caseworker starts on their own cases; the team leader and the lead on everyone's
        mine.setValue(user.has(Role.CASEWORKER) && !user.has(Role.SEND_TEAM_LEADER));
        mine.setId("ehc-filter-mine");
        step.addValueChangeListener(e -> refresh());
        caseworker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                mine.setValue(false);
            }
            refresh();
        });
        mine.addValueChangeListener(e -> refresh());
        Button record = new Button(t("ehc.list.record"), e -> getUI().ifPresent(ui -> ui.navigate(EhcRequestView.class)));
        record.setId("ehc-record");
        FlexLayout row = new FlexLayout(step, caseworker, mine, record);
        row.addClassName("wm-filters");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(row);
    }

    private void asking() {
        add(new Paragraph(t(user.has(Role.PARENT) ? "ehc.list.help.parent" : "ehc.list.help.school")));
        if (user.has(Role.PARENT) || user.has(Role.SCHOOL_SENCO)) {
            Button ask = new Button(t("ehc.list.ask"), e -> getUI().ifPresent(ui -> ui.navigate(EhcRequestView.class)));
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ask.setId("ehc-ask");
            add(ask);
        }
    }

    private void refresh() {
        body.removeAll();
        boolean officer = user.has(Role.CASEWORKER) || user.has(Role.LEAD_SEND_COORDINATOR)
                || user.has(Role.SEND_TEAM_LEADER);
        if (!officer) {
            body.add(mineList(requests.mine()));
            return;
        }
        AssessmentListService.Lists l = lists.lists(new AssessmentListService.Filter(step.getValue(),
                caseworker.getValue() == null ? null : caseworker.getValue().username(), mine.getValue()));
        Paragraph summary = new Paragraph(t("ehc.list.summary", l.openCases(), l.overdueCount(), l.thisWeekCount()));
        summary.setId("ehc-summary");
        body.add(summary);
        body.add(counts("ehc.list.byStep", "ehc-by-step", l.overdueByStep().entrySet().stream()
                .map(e -> Translations.label(e.getKey()) + ": " + e.getValue()).toList()));
        body.add(counts("ehc.list.byCaseworker", "ehc-by-caseworker", l.overdueByCaseworker().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        body.add(steps("ehc.list.overdue", "ehc-overdue", l.overdue(), l.overdueCount(), true));
        body.add(steps("ehc.list.thisWeek", "ehc-week", l.thisWeek(), l.thisWeekCount(), false));
        body.add(steps("ehc.list.later", "ehc-later", l.later(), l.laterCount(), false));
        UnorderedList closed = new UnorderedList();
        closed.setId("ehc-closed");
        for (AssessmentListService.ClosedRow r : l.closed()) {
            closed.add(new ListItem(link(r.closed().assessmentId(), r.pupilName(), "ehc-closed"),
                    new Span(" · " + r.schoolName() + " · " + Translations.label(r.closed().status()) + " · "
                            + date(r.closed().closedOn()))));
        }
        Section section = EhcTexts.section("ehc.list.closed",
                l.closed().isEmpty() ? new Paragraph(t("ehc.list.none")) : closed);
        section.setId("ehc-closed-section");
        body.add(section);
    }

    private Section counts(String headingKey, String id, List<String> lines) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        lines.forEach(line -> list.add(new ListItem(line)));
        Section section = EhcTexts.section(headingKey, lines.isEmpty() ? new Paragraph(t("ehc.list.noneOverdue")) : list);
        section.setId(id + "-section");
        return section;
    }

    private Section steps(String headingKey, String id, List<AssessmentListService.StepRow> rows, int count,
                          boolean overdue) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        rows.forEach(r -> {
            RouterLink open = new RouterLink(r.pupilName(), EhcAssessmentView.class,
                    new RouteParameters("assessmentId", String.valueOf(r.assessmentId())));
            open.setId(id + "-" + r.assessmentId() + "-" + r.due().step().name()
                    + (r.due().advice() == null ? "" : "-" + r.due().advice().adviceId()));
            Span what = new Span(" · " + r.schoolName() + " · " + EhcTexts.step(r.due().step(), r.due().advice())
                    + " · " + EhcTexts.standing(r.due().standing()) + " · " + r.caseworkerName());
            if (overdue) {
                what.addClassName("wm-overdue");
            }
            list.add(new ListItem(open, what));
        });
        Section section = EhcTexts.section(headingKey, rows.isEmpty() ? new Paragraph(t("ehc.list.none")) : list);
        if (count > rows.size()) {
            section.add(new Paragraph(t("ehc.list.more", count - rows.size())));
        }
        section.setId(id + "-section");
        return section;
    }

    private Section mineList(List<EhcRequestService.RequestRow> rows) {
        UnorderedList list = new UnorderedList();
        list.setId("ehc-mine");
        for (EhcRequestService.RequestRow r : rows) {
            list.add(new ListItem(link(Objects.requireNonNull(r.assessment().getId()), r.pupilName(), "ehc-mine"),
                    new Span(" · " + t("ehc.list.askedOn", date(r.assessment().getReceivedOn())) + " · "
                            + Translations.label(r.assessment().getStatus()))));
        }
        Section section = EhcTexts.section("ehc.list.mineTitle", rows.isEmpty() ? new Paragraph(t("ehc.list.none")) : list);
        section.setId("ehc-mine-section");
        return section;
    }

    private static RouterLink link(long id, String name, String prefix) {
        RouterLink open = new RouterLink(name, EhcAssessmentView.class,
                new RouteParameters("assessmentId", String.valueOf(id)));
        open.setId(prefix + "-" + id);
        return open;
    }

    @Override
    public String getPageTitle() {
        return t("ehc.list.title");
    }
}
