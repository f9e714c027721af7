package org.waymark.panels.ui;

import org.waymark.base.ui.ServerPush;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.TextLimit;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.waymark.allocations.domain.AllocationPeriod;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.domain.ValidationException;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.LocalisedDatePicker;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.Feedback;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.bids.domain.BidFramework;
import org.waymark.panels.domain.CaseKind;
import org.waymark.panels.domain.DecisionLetter;
import org.waymark.panels.domain.MeetingSeat;
import org.waymark.panels.domain.MeetingStatus;
import org.waymark.panels.domain.PanelCase;
import org.waymark.panels.domain.PanelOutcome;
import org.waymark.panels.domain.SeatCapacity;
import org.waymark.panels.domain.SeatRole;
import org.waymark.panels.service.LetterService;
import org.waymark.panels.service.PanelMakeUpService;
import org.waymark.panels.service.PanelService;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.People;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One panel meeting: who sits, the list of cases with the decision form (outcome, level or
 * amount, period, reasons) or the decision made, closing, and the letters — generated for every
 * case in one go off the UI thread with a progress bar, then downloaded and marked sent.
 */
@ForSchemes({Scheme.DESCRIPTOR_TOP_UP, Scheme.RESOURCE_ALLOCATION})
@Route("panels/meetings/:meetingId")
@RolesAllowed({Roles.CASEWORKER, Roles.LEAD_SEND_COORDINATOR, Roles.PANEL_MEMBER, Roles.HEAD_TEACHER,
        Roles.SCHOOL_SENCO, Roles.FAMILY_SENCO, Roles.PERSONALISATION_OFFICER, Roles.EDUCATION_SUPPORT_OFFICER,
        Roles.INCLUSION_TEAM, Roles.FINANCE_OFFICER})
public class PanelMeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final PanelService panels;
    private final PanelMakeUpService makeUp;
    private final LetterService letters;
    private final Executor background;
    private final Clock clock;
    private final Feedback feedback = new Feedback().onConflict("panel.conflict", this::show);
    private long meetingId;
    private String title = "";
    final ProgressBar letterProgress = new ProgressBar();

    public PanelMeetingView(PanelService panels, PanelMakeUpService makeUp, LetterService letters,
                            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.panels = panels;
        this.makeUp = makeUp;
        this.letters = letters;
        // letters are written on another thread as the signed-in officer
        this.background = new DelegatingSecurityContextExecutor(executor);
        this.clock = clock;
        addClassName("wm-meeting");
        letterProgress.setId("letter-progress");
        letterProgress.setVisible(false);
        letterProgress.getElement().setAttribute("aria-label", getTranslation("letter.progress"));

        ServerPush.whileShown(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = RouteIds.id(event.getRouteParameters(), "meetingId");
        show();
    }

    void show() {
        PanelService.MeetingDetails d = panels.meeting(meetingId);
        removeAll();
        title = getTranslation("panel.meetingTitle", Translations.label(d.meeting().getKind()),
                Dates.DAY_MONTH_YEAR.format(d.meeting().getMeetingDate()));
        Span status = new Span(Translations.label(d.meeting().getStatus()));
        status.addClassName("wm-status");
        status.setId("panel-meeting-status");
        add(new H2(title), status, seats(d));
        Section cases = new Section(new H3(getTranslation("panel.cases")));
        cases.addClassName("wm-section");
        cases.setId("panel-cases");
        if (d.mayRun()) {
            Button refresh = new Button(getTranslation("panel.refreshCases"), e -> act(() -> {
                PanelService.Listing listing = panels.refreshCases(meetingId);
                heldBack(listing);
            }, "panel.casesRefreshed"));
            refresh.setId("refresh-cases");
            cases.add(refresh);
        }
        if (d.cases().isEmpty()) {
            cases.add(new Paragraph(getTranslation("panel.noCases")));
        }
        d.cases().forEach(line -> cases.add(caseBlock(line, d.mayDecide(), d.people())));
        add(cases);
        if (d.mayRun()) {
            // closing sends no notice: the letters that follow are written from the closed record
            Button close = new Button(getTranslation("panel.close"), e -> Confirmation.of("confirm-close-panel-meeting",
                            getTranslation("panel.confirm.close.title"))
                    .says(getTranslation("panel.confirm.close.text")).tells(List.of())
                    .confirm(getTranslation("panel.close"), () -> act(() -> panels.close(meetingId), "panel.closed"))
                    .danger().open());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setId("close-panel-meeting");
            add(close);
        }
        add(lettersSection(d));
        unsaved.saved();
    }

    private Section seats(PanelService.MeetingDetails d) {
        Section section = new Section(new H3(getTranslation("panel.seats")));
        section.addClassName("wm-section");
        UnorderedList list = new UnorderedList();
        list.setId("meeting-seats");
        for (MeetingSeat seat : d.meeting().getSeats()) {
            ListItem item = new ListItem(seat.displayName() + " — " + Translations.label(seat.capacity()) + ", "
                    + Translations.label(seat.seatRole()));
            if (d.mayRun()) {
                Button remove = new Button(getTranslation("panel.unseat"), e -> Confirmation.of(
                                "confirm-unseat-" + seat.userId(), getTranslation("panel.confirm.unseat.title",
                                        seat.displayName()))
                        .says(getTranslation("panel.confirm.unseatMeeting.text", seat.displayName()))
                        .tells(List.of()) // removing a seat sends no notice
                        .confirm(getTranslation("panel.unseatNamed", seat.displayName()), () -> act(
                                () -> panels.unseatAtMeeting(meetingId, seat.userId()), "panel.unseated",
                                seat.displayName()))
                        .danger().open());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setId("unseat-" + seat.userId());
                remove.getElement().setAttribute("aria-label", getTranslation("panel.unseatNamed", seat.displayName()));
                item.add(remove);
            }
            list.add(item);
        }
        section.add(list);
        if (d.meeting().getStatus() == MeetingStatus.OPEN) {
            MakeUpWarning.of(makeUp.ofMeeting(meetingId), "panel-makeup-warning").ifPresent(section::add);
        }
        if (d.mayRun()) {
            SeatForm form = new SeatForm(panels.candidates(), "meeting-seat",
                    (person, capacity, role) -> act(() -> panels.seatAtMeeting(meetingId, person, capacity, role),
                            "panel.seated"));
            section.add(form);
        }
        return section;
    }

    private Div caseBlock(PanelService.CaseLine line, boolean mayDecide, People people) {
        PanelCase c = line.panelCase();
        Div block = new Div();
        block.addClassName("wm-theme");
        block.setId("panel-case-" + line.index());
        block.add(new H3(line.pupilName() + " · " + line.schoolName()),
                new Paragraph(Translations.label(c.kind()) + (line.levelAsked() == null ? ""
                        : " · " + getTranslation("panel.levelAsked", Translations.level(line.levelAsked())))));
        if (line.note() != null) {
            block.add(new Paragraph((line.interimGround() == null ? "" : Translations.label(line.interimGround()) + ": ")
                    + line.note()));
        }
        if (!line.descriptors().isEmpty()) {
            // the descriptors the school chose, with its evidence: what the reasons are tied to
            UnorderedList chosen = new UnorderedList();
            chosen.setId("panel-descriptors-" + line.index());
            line.descriptors().forEach(d -> chosen.add(new ListItem(getTranslation("panel.descriptor", d.theme(),
                    d.column(), d.descriptor(), d.evidence()))));
            block.add(chosen);
        }
        if (c.decided()) {
            Span decided = new Span(getTranslation("panel.decided", Translations.label(c.outcome()),
                    ((c.level() == null ? "" : Translations.level(c.level()) + " ")
                            + (c.amount() == null ? "" : Money.pounds(c.amount()))).strip(),
                    c.reasons(), people.name(c.decidedBy())));
            decided.addClassName("wm-decision");
            decided.setId("panel-decision-" + line.index());
            block.add(decided);
            return block;
        }
        if (mayDecide) {
            block.add(decisionForm(line));
        }
        return block;
    }

    private Div decisionForm(PanelService.CaseLine line) {
        PanelCase c = line.panelCase();
        int i = line.index();
        Select<PanelOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("panel.outcome"));
        outcome.setItems(c.kind() == CaseKind.APPEAL || c.kind() == CaseKind.INTERIM_REVIEW
                ? List.of(PanelOutcome.AWARDED, PanelOutcome.DECLINED, PanelOutcome.CONFIRMED)
                : List.of(PanelOutcome.AWARDED, PanelOutcome.DECLINED));
        outcome.setItemLabelGenerator(Translations::label);
        outcome.setId("panel-outcome-" + i);
        List<BidFramework.Level> levels = panels.levelsFor(meetingId, i);
        Select<String> level = new Select<>();
        level.setLabel(getTranslation("panel.level"));
        level.setItems(levels.stream().map(BidFramework.Level::code).toList());
        level.setItemLabelGenerator(code -> code == null ? "" : levels.stream().filter(l -> l.code().equals(code))
                .map(l -> l.name() + " (" + (l.fixed() ? Money.pounds(l.min())
                        : Money.pounds(l.min()) + "–" + Money.pounds(l.max())) + ")").findFirst().orElse(code));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("panel.variableAmount"));
        level.setId("panel-level-" + i);
        BigDecimalField amount = new BigDecimalField(getTranslation("panel.amount"));
        amount.setPrefixComponent(new Span("£"));
        amount.setHelperText(getTranslation("panel.amountHelp"));
        amount.setId("panel-amount-" + i);
        Select<AllocationPeriod> period = new Select<>();
        period.setLabel(getTranslation("panel.period"));
        period.setItems(AllocationPeriod.values());
        period.setItemLabelGenerator(Translations::label);
        period.setValue(AllocationPeriod.KEY_STAGE);
        period.setId("panel-period-" + i);
        DatePicker periodEnd = LocalisedDatePicker.create("panel.periodEnd");
        periodEnd.setId("panel-period-end-" + i);
        periodEnd.setVisible(false);
        period.addValueChangeListener(e -> periodEnd.setVisible(e.getValue() == AllocationPeriod.CUSTOM));
        TextArea reasons = new TextArea(getTranslation("panel.reasons"));
        reasons.setHelperText(getTranslation("panel.reasonsHelp"));
        reasons.setWidthFull();
        TextLimit.apply(reasons, 4000);
        reasons.setId("panel-reasons-" + i);
        Feedback decision = new Feedback().field("reasons", reasons).field("amount", amount).field("period", period)
                .field("periodEnd", periodEnd).onConflict("panel.conflict", this::show);
        decision.field("outcome", outcome);
        Button decide = new Button(getTranslation("panel.decide"), e -> {
            // what is missing is said beside its field at once; a complete decision is confirmed first
            if (outcome.getValue() == null) {
                decision.refused(List.of(Violation.of("outcome", "panel.decide.outcome")));
                return;
            }
            if (reasons.getValue().isBlank()) {
                decision.refused(List.of(Violation.of("reasons", "panel.decide.reasons")));
                return;
            }
            PanelOutcome chosen = outcome.getValue();
            String what = level.getValue() != null ? levels.stream().filter(l -> l.code().equals(level.getValue()))
                    .map(BidFramework.Level::name).findFirst().orElse(level.getValue())
                    + (amount.getValue() == null ? "" : ", " + Money.pounds(amount.getValue()))
                    : amount.getValue() == null ? "—" : Money.pounds(amount.getValue());
            Confirmation.of("confirm-panel-decide-" + i, getTranslation("panel.confirm.decide.title", line.pupilName()))
                    .says(getTranslation("panel.confirm.decide." + chosen.name(), line.pupilName(), what))
                    .says(getTranslation("panel.confirm.decide.letter"))
                    .tells(panels.toldOfDecision(meetingId, i, chosen))
                    .confirm(getTranslation("panel.decide"), () -> {
                        if (decision.run(() -> panels.decide(meetingId, i, new PanelCase.Decision(chosen,
                                level.getValue(), amount.getValue(), period.getValue(), periodEnd.getValue(),
                                reasons.getValue())), "panel.decidedDone")) {
                            show();
                        }
                    }).open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("panel-decide-" + i);
        FlexLayout row = new FlexLayout(outcome, level, amount, period, periodEnd);
        row.addClassName("wm-filters");
        return new Div(row, reasons, decide);
    }

    private Section lettersSection(PanelService.MeetingDetails d) {
        Section section = new Section(new H3(getTranslation("letter.heading")));
        section.addClassName("wm-section");
        section.setId("meeting-letters");
        boolean officer = d.officer();
        if (d.meeting().getStatus() == MeetingStatus.CLOSED && officer) {
            Button generate = new Button(getTranslation("letter.generate"), e -> generateLetters());
            generate.setId("generate-letters");
            generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(generate, letterProgress);
        }
        if (d.letters().isEmpty()) {
            section.add(new Paragraph(getTranslation("letter.none")));
        }
        UnorderedList list = new UnorderedList();
        for (DecisionLetter letter : d.letters()) {
            PanelService.CaseLine line = d.cases().get(letter.getCaseKey());
            ListItem item = new ListItem(new Span(getTranslation("letter.line", line.pupilName() + " · "
                    + DecisionWords.of(line.panelCase()),
                    Dates.DAY_MONTH_YEAR.format(letter.getDueBy()), letter.getLanguage().toUpperCase(java.util.Locale.ROOT),
                    letter.getSentOn() == null ? getTranslation("letter.notSent")
                            : getTranslation("letter.sentOn", Dates.DAY_MONTH_YEAR.format(letter.getSentOn())))));
            item.setId("letter-" + letter.getCaseKey());
            if (letter.getStoredName() != null) {
                long letterId = java.util.Objects.requireNonNull(letter.getId());
                item.add(DownloadLink.of(getTranslation("letter.download"), "letter-download-" + letter.getCaseKey(),
                        () -> {
                            LetterService.LetterFile f = letters.file(letterId);
                            return new DownloadLink.File(f.fileName(), "application/pdf", f.bytes());
                        }));
                if (letter.getSentOn() == null && officer) {
                    Button sent = new Button(getTranslation("letter.markSent"), e -> act(() -> letters.markSent(letterId,
                            java.util.Objects.requireNonNull(letter.getVersion()), LocalDate.now(clock)),
                            "letter.markedSent"));
                    sent.setId("letter-sent-" + letter.getCaseKey());
                    item.add(sent);
                }
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** Writes every letter on a background thread; the bar moves as each one is written (server push). */
    private void generateLetters() {
        UI ui = UI.getCurrent();
        letterProgress.setValue(0);
        letterProgress.setVisible(true);
        background.execute(() -> {
            try {
                int done = letters.generate(meetingId, (n, total) -> ui.access(() ->
                        letterProgress.setValue(total == 0 ? 1 : (double) n / total)));
                ui.access(() -> {
                    letterProgress.setVisible(false);
                    feedback.clearErrors();
                    Feedback.success(getTranslation("letter.generated", done));
                    show();
                });
            } catch (ValidationException e) {
                ui.access(() -> {
                    letterProgress.setVisible(false);
                    feedback.refused(e.violations());
                });
            }
        });
    }

    /** Appeals a listing could not take (a member sat on the decision), with why. */
    static void heldBack(PanelService.Listing listing) {
        if (!listing.heldBack().isEmpty()) {
            Feedback.note(ViolationNotice.text(listing.heldBack()));
        }
    }

    private void act(Runnable action, String doneKey, Object... arguments) {
        if (feedback.run(action, doneKey, arguments)) {
            show();
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.panels") : title;
    }
}
