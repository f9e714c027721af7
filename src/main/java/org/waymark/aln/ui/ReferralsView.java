package org.waymark.aln.ui;

import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import com.vaadin.flow.router.Menu;
import static org.waymark.aln.ui.AlnTexts.date;
import static org.waymark.aln.ui.AlnTexts.t;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.waymark.aln.domain.AlnRules;
import org.waymark.aln.domain.ReferralSource;
import org.waymark.aln.service.AlnService;
import org.waymark.aln.service.ReferralService;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.TextLimit;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.pupils.domain.PupilFilter;
import org.waymark.pupils.domain.PupilRow;
import org.waymark.pupils.domain.PupilSort;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The referrals of Welsh pupils' ALN cases: for the authority's officers its whole list — overdue
 * and due from schools (school days left or late), waiting for its decision, the cases it decides,
 * lately decided with their letters — and the form for a referral from a parent, the young person or
 * a professional; for a school's SENCO and head their own school's. Each opens the referral's page.
 * In the menu of authorities that run {@code Scheme.IDP} only (docs/design-decisions/DD006).
 */
@ForSchemes(Scheme.IDP)
@Menu(order = 3.3, icon = "vaadin:exchange", title = "nav.alnReferrals")
@Route("aln/referrals")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR})
public class ReferralsView extends VerticalLayout implements HasDynamicTitle {

    private final ReferralService referrals;
    private final PupilService pupils;
    private final Clock clock;
    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    public ReferralsView(ReferralService referrals, PupilService pupils, Clock clock) {
        this.referrals = referrals;
        this.pupils = pupils;
        this.clock = clock;
        addClassName("wm-aln-referrals");
        show();
    }

    private void show() {
        removeAll();
        ReferralService.ReferralLists lists = referrals.lists();
        add(new H2(t("aln.referrals.title")), new Paragraph(t("aln.referrals.help")));
        add(list("aln.referrals.overdue", "aln-overdue", lists.overdue(), true));
        add(list("aln.referrals.due", "aln-due", lists.due(), false));
        add(list("aln.referrals.waiting", "aln-waiting", lists.waiting(), false));
        add(cases(lists.cases()));
        add(list("aln.referrals.decided", "aln-decided", lists.decided(), false));
        if (lists.officer()) {
            add(receivedForm());
        }
        unsaved.saved();
    }

    private Section list(String headingKey, String id, List<ReferralService.ReferralRow> rows, boolean overdue) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (ReferralService.ReferralRow row : rows) {
            long referralId = Objects.requireNonNull(row.referral().getId());
            RouterLink open = new RouterLink(row.pupilName(), ReferralView.class,
                    new RouteParameters("referralId", String.valueOf(referralId)));
            open.setId(id + "-" + referralId);
            Span where = new Span(" · " + row.schoolName() + " · " + Translations.label(row.referral().getSource())
                    + " · " + AlnTexts.standing(row.referral(), row.standing()));
            if (overdue || row.late()) {
                where.addClassName("wm-overdue");
            }
            list.add(new ListItem(open, where));
        }
        Section section = AlnTexts.section(headingKey, rows.isEmpty() ? new Paragraph(t("aln.referrals.none")) : list);
        section.setId(id + "-section");
        return section;
    }

    private Section cases(List<ReferralService.CaseRow> rows) {
        UnorderedList list = new UnorderedList();
        list.setId("aln-cases");
        for (ReferralService.CaseRow row : rows) {
            long caseId = Objects.requireNonNull(row.decision().getId());
            RouterLink open = new RouterLink(row.pupilName(), AlnDecisionView.class,
                    new RouteParameters("decisionId", String.valueOf(caseId)));
            open.setId("aln-cases-" + caseId);
            list.add(new ListItem(open, new Span(" · " + row.schoolName() + " · "
                    + t("aln.row.case", date(row.decision().getConcernOn())))));
        }
        Section section = AlnTexts.section("aln.referrals.cases",
                rows.isEmpty() ? new Paragraph(t("aln.referrals.none")) : list);
        section.setId("aln-cases-section");
        return section;
    }

    private Section receivedForm() {
        ComboBox<PupilRow> pupil = new ComboBox<>(t("aln.received.pupil"));
        pupil.setItems(query -> pupils.searchCurrent(new PupilFilter(query.getFilter().orElse(null), null, null, null),
                PupilSort.NAME, query.getOffset(), query.getLimit()).stream());
        pupil.setItemLabelGenerator(r -> r.displayName() + " · " + r.schoolName());
        pupil.setId("received-pupil");
        Select<ReferralSource> source = new Select<>();
        source.setLabel(t("aln.received.source"));
        source.setItems(ReferralSource.PARENT, ReferralSource.YOUNG_PERSON, ReferralSource.PROFESSIONAL);
        source.setItemLabelGenerator(Translations::label);
        source.setId("received-source");
        TextField referrer = new TextField(t("aln.received.referrer"));
        TextLimit.apply(referrer, AlnRules.MAX_NAME);
        referrer.setId("received-referrer");
        DatePicker receivedOn = LocalisedDatePicker.create("aln.received.receivedOn");
        LocalisedDatePicker.latest(receivedOn, LocalDate.now(clock), "aln.date.future");
        receivedOn.setId("received-on");
        TextArea summary = new TextArea(t("aln.received.summary"));
        summary.setWidthFull();
        TextLimit.apply(summary, AlnService.MAX_SUMMARY);
        summary.setId("received-summary");
        Feedback feedback = new Feedback().field("pupil", pupil).field("source", source).field("referrer", referrer)
                .field("receivedOn", receivedOn).field("summary", summary);
        Button record = new Button(t("aln.received.record"), e -> feedback.call(() -> referrals.record(
                new ReferralService.ReceivedInput(pupil.getValue() == null ? null : pupil.getValue().id(),
                        source.getValue(), referrer.getValue(), receivedOn.getValue(), summary.getValue())),
                id -> t("aln.received.done")).ifPresent(id -> {
            unsaved.saved();
            getUI().ifPresent(ui -> ui.navigate(ReferralView.class,
                    new RouteParameters("referralId", String.valueOf(id))));
        }));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("received-record");
        FlexLayout row = new FlexLayout(pupil, source, referrer, receivedOn);
        row.addClassName("wm-filters");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP); // fields go below each other on a phone
        Section section = AlnTexts.section("aln.received.title", row, summary, record);
        section.setId("received-form");
        return section;
    }

    @Override
    public String getPageTitle() {
        return t("aln.referrals.title");
    }
}
