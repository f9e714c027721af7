package org.waymark.pupils.ui;

import java.time.Clock;

import org.waymark.base.domain.Dates;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.waymark.base.ui.ListGrid;
import org.waymark.base.ui.Markup;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.pupils.domain.EnrolmentEndReason;
import org.waymark.pupils.domain.Pupil;
import org.waymark.pupils.domain.PupilHoldings;
import org.waymark.pupils.domain.PupilTransferFiles;
import org.waymark.pupils.service.PupilRecord;
import org.waymark.pupils.service.PupilService;
import org.waymark.security.domain.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * One pupil's record: identity, needs, circumstances and schools attended. Opening it is
 * audited by the service; a record outside the user's scope is refused there.
 */
@Route("pupils/:pupilId")
@RolesAllowed({Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER, Roles.FAMILY_SENCO, Roles.CASEWORKER,
        Roles.LEAD_SEND_COORDINATOR, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER, Roles.PARENT})
public class PupilDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PupilService pupils;
    private final Clock clock;
    /** The imports feature's transfer files (CTF), found when asked: pupils does not depend on it. */
    private final ObjectProvider<PupilTransferFiles> transferFiles;
    private String title = "";

    public PupilDetailsView(PupilService pupils, Clock clock, ObjectProvider<PupilTransferFiles> transferFiles) {
        this.pupils = pupils;
        this.clock = clock;
        this.transferFiles = transferFiles;
        addClassName("wm-pupil-details");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long pupilId = pupilId(event.getRouteParameters());
        show(pupils.get(pupilId));
    }

    static long pupilId(RouteParameters parameters) {
        return RouteIds.id(parameters, "pupilId");
    }

    private void show(PupilRecord record) {
        removeAll();
        Pupil pupil = record.pupil();
        title = pupil.displayName();
        H2 heading = new H2(pupil.displayName());
        heading.setId("pupil-name");
        add(heading);
        if (record.editable()) {
            Button edit = new Button(getTranslation("pupil.edit"), new Icon(VaadinIcon.EDIT),
                    e -> getUI().ifPresent(ui -> ui.navigate(PupilEditorView.class,
                            new RouteParameters("pupilId", String.valueOf(pupil.getId())))));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit-pupil");
            add(edit);
        }
        add(holdings(pupil));
        Div sections = new Div(identity(record), needs(pupil), circumstances(pupil), enrolments(record));
        sections.addClassName("wm-sections");
        add(sections);
        if (record.mayRecordMove()) {
            add(new PupilMoveForm(pupils, record, clock, () -> show(pupils.get(java.util.Objects.requireNonNull(pupil.getId())))));
        }
        PupilTransferFiles files = transferFiles.getIfAvailable();
        if (files != null && pupil.getUpn() != null && files.offeredToCaller()) {
            // a pupil leaving for a school outside the authority: their SEN information for its MIS
            add(new TransferFileSection(files, java.util.Objects.requireNonNull(pupil.getId())));
        }
    }

    /**
     * Everything about the pupil that later features hold — plans, bids, funding, letters — each
     * a link with its count and where it stands. Plain addresses, not classes: those features
     * build on pupils, so pupils must not depend on them.
     */
    private Component holdings(Pupil pupil) {
        UnorderedList list = new UnorderedList();
        list.setId("pupil-holdings");
        list.addClassName("wm-holdings");
        for (PupilHoldings.Holding h : pupils.holdings(java.util.Objects.requireNonNull(pupil.getId()))) {
            Anchor link = new Anchor(h.address(), HoldingTexts.of(h.title()));
            link.setId("pupil-" + h.id() + "-link");
            link.addClassName("wm-link-button");
            ListItem item = new ListItem(link);
            if (!h.status().isEmpty()) {
                Span status = new Span(h.status().stream().map(HoldingTexts::of)
                        .collect(java.util.stream.Collectors.joining("; ")));
                status.setId("pupil-" + h.id() + "-status");
                status.addClassName("wm-holding-status");
                item.add(status);
            }
            list.add(item);
        }
        Section section = new Section(new H3(getTranslation("pupil.section.holdings")), list);
        section.addClassName("wm-section");
        return section;
    }

    // the record's read-only sections are written as markup, one state node each (DD025)
    private Component identity(PupilRecord record) {
        Pupil pupil = record.pupil();
        Element section = markupSection("pupil.section.identity");
        Element list = section.appendElement("dl");
        term(list, "pupil.firstName", pupil.getFirstName());
        term(list, "pupil.lastName", pupil.getLastName());
        term(list, "pupil.preferredName", pupil.getPreferredName());
        term(list, "pupil.dateOfBirth", Dates.DAY_MONTH_YEAR.format(pupil.getDateOfBirth()));
        term(list, "pupil.upn", pupil.getUpn());
        term(list, "pupil.candidateNumber", pupil.getCandidateNumber());
        term(list, "pupil.yearGroup", Translations.label(pupil.getYearGroup()));
        term(list, "pupil.school", record.schoolName());
        term(list, "pupil.authority", record.authorityName());
        term(list, "pupil.preferredLanguage", getTranslation("language." + pupil.getPreferredLanguage()));
        return Markup.of(section);
    }

    private Component needs(Pupil pupil) {
        Element section = markupSection("pupil.section.needs");
        Element areas = section.appendElement("ul");
        pupil.areas().forEach(a -> areas.appendElement("li").text(a == pupil.getPrimaryNeed()
                ? Translations.label(a) + " (" + getTranslation("pupil.primaryNeed.short") + ")"
                : Translations.label(a)));
        section.appendElement("h3").text(getTranslation("pupil.diagnoses"));
        if (pupil.diagnosisTexts().isEmpty()) {
            section.appendElement("p").text(getTranslation("pupil.diagnoses.none"));
        } else {
            Element diagnoses = section.appendElement("ul");
            pupil.diagnosisTexts().forEach(d -> diagnoses.appendElement("li").text(d));
        }
        section.appendElement("p").text(getTranslation("pupil.diagnoses.note"));
        return Markup.of(section);
    }

    /** An authority by name in the reader's language; a name typed before the list, said to be unmatched. */
    private String authority(@org.jspecify.annotations.Nullable String code, @org.jspecify.annotations.Nullable String unmatched) {
        if (code != null) {
            return org.waymark.organisation.domain.UkAuthorities.list().displayName(code, getLocale().getLanguage());
        }
        return unmatched == null ? "" : getTranslation("pupil.authority.notInList", unmatched);
    }

    private Component circumstances(Pupil pupil) {
        Element section = markupSection("pupil.section.circumstances");
        Element list = section.appendElement("dl");
        term(list, "pupil.lookedAfter", pupil.isLookedAfter()
                ? getTranslation("pupil.lookedAfter.by", authority(pupil.getLookedAfterBy(), pupil.getLookedAfterByUnmatched()))
                : getTranslation("common.no"));
        term(list, "pupil.dualRegistered", yesNo(pupil.isDualRegistered()));
        term(list, "pupil.homeAuthority", pupil.getHomeAuthority() == null && pupil.getHomeAuthorityUnmatched() == null
                ? getTranslation("pupil.homeAuthority.same")
                : authority(pupil.getHomeAuthority(), pupil.getHomeAuthorityUnmatched()));
        term(list, "pupil.medicalNeed", yesNo(pupil.isMedicalNeed()));
        term(list, "pupil.personalCareNeed", yesNo(pupil.isPersonalCareNeed()));
        term(list, "pupil.sensoryImpairment", Translations.label(pupil.getSensoryImpairment()));
        term(list, "pupil.namedPerson", pupil.getNamedPerson());
        term(list, "pupil.sifStage", pupil.getSifStage() == null ? null : String.valueOf(pupil.getSifStage()));
        return Markup.of(section);
    }

    private Component enrolments(PupilRecord record) {
        Grid<PupilRecord.EnrolmentLine> grid = new ListGrid<>();
        grid.addColumn(PupilRecord.EnrolmentLine::schoolName).setHeader(getTranslation("pupil.school")).setFlexGrow(2);
        grid.addColumn(e -> Dates.DAY_MONTH_YEAR.format(e.startDate())).setHeader(getTranslation("enrolment.from"));
        grid.addColumn(e -> e.endDate() == null ? getTranslation("enrolment.current") : Dates.DAY_MONTH_YEAR.format(e.endDate()))
                .setHeader(getTranslation("enrolment.to"));
        grid.addColumn(e -> e.endReason() == null ? ""
                : Translations.label(EnrolmentEndReason.valueOf(e.endReason()))).setHeader(getTranslation("enrolment.reason"));
        grid.addColumn(e -> e.notifiedOn() == null ? "" : Dates.DAY_MONTH_YEAR.format(e.notifiedOn()))
                .setHeader(getTranslation("enrolment.notified"));
        grid.setItems(record.enrolments());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("pupil.section.enrolments"));
        grid.setId("enrolment-history");
        return section("pupil.section.enrolments", grid);
    }

    private Section section(String titleKey, Component content) {
        Section section = new Section(new H3(getTranslation(titleKey)), content);
        section.addClassName("wm-section");
        return section;
    }

    private Element markupSection(String titleKey) {
        Element section = Markup.root("section").addClass("wm-section");
        section.appendElement("h3").text(getTranslation(titleKey));
        return section;
    }

    private void term(Element list, String labelKey, @Nullable String value) {
        if (value != null) {
            list.appendElement("dt").text(getTranslation(labelKey));
            list.appendElement("dd").text(value);
        }
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "common.yes" : "common.no");
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.pupils") : title;
    }
}
