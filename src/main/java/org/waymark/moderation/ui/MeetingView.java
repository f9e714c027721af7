package org.waymark.moderation.ui;

import org.waymark.base.ui.ServerPush;
import org.waymark.base.ui.UnsavedChanges;
import org.waymark.base.ui.TextLimit;
import org.waymark.organisation.domain.Scheme;
import org.waymark.organisation.ui.ForSchemes;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.base.domain.Dates;
import org.waymark.base.domain.Money;
import org.waymark.base.domain.Violation;
import org.jspecify.annotations.Nullable;
import org.waymark.base.ui.Confirmation;
import org.waymark.base.ui.DownloadLink;
import org.waymark.base.ui.RouteIds;
import org.waymark.base.ui.Translations;
import org.waymark.base.ui.ViolationNotice;
import org.waymark.moderation.domain.CaseKind;
import org.waymark.moderation.domain.CaseOutcome;
import org.waymark.moderation.domain.FnfPurpose;
import org.waymark.moderation.domain.MeetingCase;
import org.waymark.moderation.domain.MeetingStatus;
import org.waymark.allocations.service.FamilyFundingService;
import org.waymark.moderation.service.FamilyMoneyService;
import org.waymark.moderation.service.ModerationService;
import org.waymark.pupils.domain.PupilRow;
import com.vaadin.flow.component.combobox.ComboBox;
import org.waymark.security.domain.Roles;
import org.waymark.security.service.People;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;
import org.waymark.base.ui.Feedback;

/**
 * One moderation meeting: the live budget, who attended, each case with its decision controls
 * (or its decision once made), FNF money, and closing the meeting. A decision that would eat into
 * the contingency or overspend is warned about, not blocked.
 */
@ForSchemes(Scheme.DESCRIPTOR_TOP_UP)
@Route("moderation/:meetingId")
@RolesAllowed({Roles.FAMILY_SENCO, Roles.SCHOOL_SENCO, Roles.HEAD_TEACHER})
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsavedChanges unsaved = UnsavedChanges.track(this);

    private final ModerationService moderation;
    private final FamilyMoneyService familyMoney;
    private final MeetingBroadcaster broadcaster;
    private long meetingId;
    private String title = "";
    private @org.jspecify.annotations.Nullable Registration live;
    /** What the page shows, so that a pushed change redraws only what changed (see refresh). */
    private final Shown shown = new Shown();
    private final Feedback feedback = new Feedback().onConflict("moderation.conflict", this::refresh);

    private static final class Shown {
        boolean open;
        int attendees;
        int fnf;
        Component budget = new Div();
        Component attendeeSection = new Div();
        Component fnfSection = new Div();
        Section cases = new Section();
        Span status = new Span();
        final Map<Integer, Div> caseBlocks = new HashMap<>();
        final Map<Integer, Boolean> decided = new HashMap<>();
    }

    public MeetingView(ModerationService moderation, FamilyMoneyService familyMoney, MeetingBroadcaster broadcaster) {
        this.moderation = moderation;
        this.familyMoney = familyMoney;
        this.broadcaster = broadcaster;
        addClassName("wm-meeting");

        ServerPush.whileShown(this);
    }

    /** While the page is open, others' decisions in this meeting redraw it (server push). */
    @Override
    protected void onAttach(AttachEvent event) {
        listen();
    }

    /** Registers for the shown meeting once both the meeting and the page's UI are known. */
    private void listen() {
        if (live != null) {
            live.remove();
            live = null;
        }
        if (meetingId > 0) {
            getUI().ifPresent(ui -> live = broadcaster.register(meetingId, ui, SecurityContextHolder.getContext(),
                    this::refresh));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (live != null) {
            live.remove();
            live = null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = RouteIds.id(event.getRouteParameters(), "meetingId");
        show();
        listen();
    }

    void show() {
        show(moderation.details(meetingId));
    }

    private void show(ModerationService.MeetingDetails d) {
        boolean open = decidesHere(d);
        removeAll();
        shown.caseBlocks.clear();
        shown.decided.clear();
        title = getTranslation("moderation.meetingOn", Dates.DAY_MONTH_YEAR.format(d.meeting().getMeetingDate()));
        shown.status = new Span(Translations.label(d.meeting().getStatus()));
        shown.status.addClassName("wm-status");
        shown.status.setId("meeting-status");
        add(new H2(title), shown.status);
        if (d.meeting().getStatus() == MeetingStatus.CLOSED && d.meeting().getRecordFile() != null) {
            add(documents(d.chair()));
        }
        shown.open = open;
        shown.budget = budget(d, open);
        shown.attendeeSection = attendees(d, open);
        shown.attendees = d.meeting().getAttendees().size();
        add(shown.budget, shown.attendeeSection);
        shown.cases = new Section(new H3(getTranslation("moderation.cases")));
        shown.cases.addClassName("wm-section");
        if (d.cases().isEmpty()) {
            shown.cases.add(new Paragraph(getTranslation("moderation.noCases")));
        }
        for (ModerationService.CaseLine line : d.cases()) {
            Div block = caseBlock(line, open, d.people());
            shown.caseBlocks.put(line.index(), block);
            shown.decided.put(line.index(), line.meetingCase().decided());
            shown.cases.add(block);
        }
        shown.fnfSection = fnf(d, open);
        shown.fnf = d.meeting().getFnfAllocations().size();
        add(shown.cases, shown.fnfSection);
        if (open) {
            Button close = new Button(getTranslation("moderation.close"), e -> {
                // counted when asked: decisions since the page was drawn only redrew their cases
                long undecided = shown.decided.values().stream().filter(decided -> !decided).count();
                Confirmation confirmation = Confirmation.of("confirm-close-meeting",
                        getTranslation("moderation.confirm.close.title"))
                        .says(getTranslation("moderation.confirm.close.text"));
                if (undecided > 0) {
                    confirmation.says(getTranslation("moderation.confirm.close.undecided", undecided));
                }
                // closing sends no notice: those following the meeting see it closed
                confirmation.tells(List.of()).confirm(getTranslation("moderation.close"), () -> act(feedback, () -> {
                    moderation.close(meetingId);
                    return List.of();
                }, "moderation.closed")).danger().open();
            });
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setId("close-meeting");
            add(close);
        }
        unsaved.saved();
    }

    /**
     * A change made on another page (pushed) or on this one: only the cases whose decision changed,
     * the budget and any list that grew are redrawn. Redrawing all of a 60-case meeting for each
     * of five viewers took 240 ms to 650 ms a decision (docs/performance.md), and wiped whatever
     * the chair was typing into another case's form.
     */
    void refresh() {
        ModerationService.MeetingDetails d = moderation.details(meetingId);
        boolean open = decidesHere(d);
        if (open != shown.open || d.cases().size() != shown.caseBlocks.size()) {
            show(d); // opened, closed or cases added: the page's structure changed
            return;
        }
        // a decided case's form goes away below: without this, a page where nothing was typed asked
        // "leave without saving?" after anyone's decision (found by the load test against two nodes)
        boolean typedBefore = unsaved.fieldsChanged();
        redrawChanged(d, open);
        unsaved.redrawn(typedBefore);
    }

    private void redrawChanged(ModerationService.MeetingDetails d, boolean open) {
        Component budget = budget(d, open);
        replace(shown.budget, budget);
        shown.budget = budget;
        if (d.meeting().getAttendees().size() != shown.attendees) {
            Component attendees = attendees(d, open);
            replace(shown.attendeeSection, attendees);
            shown.attendeeSection = attendees;
            shown.attendees = d.meeting().getAttendees().size();
        }
        if (d.meeting().getFnfAllocations().size() != shown.fnf) {
            Component fnf = fnf(d, open);
            replace(shown.fnfSection, fnf);
            shown.fnfSection = fnf;
            shown.fnf = d.meeting().getFnfAllocations().size();
        }
        for (ModerationService.CaseLine line : d.cases()) {
            boolean decided = line.meetingCase().decided();
            if (decided != shown.decided.get(line.index())) {
                Div old = shown.caseBlocks.get(line.index());
                Div block = caseBlock(line, open, d.people());
                shown.cases.addComponentAtIndex(shown.cases.getElement().indexOfChild(old.getElement()), block);
                shown.cases.remove(old);
                shown.caseBlocks.put(line.index(), block);
                shown.decided.put(line.index(), decided);
            }
        }
    }

    /**
     * The live budget and, for the chair, the AFN to return for pupils the authority has since
     * awarded HLN (SPEC §5, §7): what returning each would free, and the button that returns it.
     */
    private Div budget(ModerationService.MeetingDetails d, boolean open) {
        Div block = new Div(new BudgetPanel(d.budget()));
        if (d.afnToReturn().isEmpty()) {
            return block;
        }
        Section section = new Section(new H3(getTranslation("moderation.afnToReturn.title")),
                new Paragraph(getTranslation("moderation.afnToReturn.help")));
        section.addClassName("wm-section");
        section.setId("afn-to-return");
        BigDecimal pending = d.afnToReturn().stream().map(FamilyFundingService.AfnToReturn::share)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Paragraph total = new Paragraph(getTranslation("moderation.afnToReturn.pending", Money.pounds(pending)));
        total.setId("afn-to-return-total");
        section.add(total);
        for (FamilyFundingService.AfnToReturn due : d.afnToReturn()) {
            Div line = new Div(new Span(getTranslation("moderation.afnToReturn.line", due.pupilName(),
                    Money.pounds(due.afnAmount()), Dates.DAY_MONTH_YEAR.format(due.highNeedsStart()),
                    Money.pounds(due.share()))));
            if (open) {
                Button back = new Button(getTranslation("moderation.afnToReturn.button", due.pupilName()), e -> feedback.call(
                        () -> familyMoney.returnAfn(meetingId, due.allocationId()),
                        freed -> getTranslation("moderation.afnToReturn.done", Money.pounds(freed)))
                        .ifPresent(freed -> refresh()));
                back.setId("return-afn-" + due.allocationId());
                line.add(back);
            }
            section.add(line);
        }
        block.add(section);
        return block;
    }

    /** Only the Family SENCO decides, while the meeting is open; school staff follow it as it happens. */
    private static boolean decidesHere(ModerationService.MeetingDetails d) {
        return d.meeting().getStatus() == MeetingStatus.OPEN && d.chair();
    }

    /** The closed meeting's kept record (for everyone following it) and virement requests (for the chair). */
    private Div documents(boolean chair) {
        Div links = new Div(download("moderation.record.download", "meeting-record", () -> moderation.record(meetingId)));
        if (chair) {
            links.add(new Span(" · "), download("moderation.virements.download", "meeting-virements",
                    () -> moderation.virements(meetingId)));
        }
        return links;
    }

    private Div download(String key, String id, java.util.function.Supplier<ModerationService.KeptDocument> file) {
        return DownloadLink.of(getTranslation(key), id, () -> {
            ModerationService.KeptDocument doc = file.get();
            return new DownloadLink.File(doc.fileName(), doc.mediaType(), doc.bytes());
        });
    }

    private Section attendees(ModerationService.MeetingDetails d, boolean open) {
        Section section = new Section(new H3(getTranslation("moderation.attendees")));
        section.addClassName("wm-section");
        UnorderedList list = new UnorderedList();
        d.meeting().getAttendees().forEach(a -> list.add(new ListItem(a.name() + " — " + a.capacity())));
        section.add(list);
        if (open) {
            TextField name = new TextField(getTranslation("moderation.attendeeName"));
            name.setId("attendee-name");
            TextLimit.apply(name, 150);
            TextField capacity = new TextField(getTranslation("moderation.attendeeCapacity"));
            capacity.setId("attendee-capacity");
            TextLimit.apply(capacity, 200);
            Button add = new Button(getTranslation("moderation.addAttendee"), e -> act(new Feedback().field("attendee", name).onConflict("moderation.conflict", this::refresh), () -> {
                moderation.addAttendee(meetingId, name.getValue(), capacity.getValue());
                return List.of();
            }, "moderation.attendeeAdded"));
            add.setId("add-attendee");
            FlexLayout row = new FlexLayout(name, capacity, add);
            row.addClassName("wm-filters");
            row.setAlignItems(Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }

    private Div caseBlock(ModerationService.CaseLine line, boolean open, People people) {
        MeetingCase c = line.meetingCase();
        Div block = new Div();
        block.addClassName("wm-theme");
        block.setId("case-" + line.index());
        String what = c.kind() == CaseKind.BID ? getTranslation("moderation.caseBid",
                line.level() == null ? "—" : Translations.level(line.level()))
                : getTranslation("moderation.caseHln", Translations.level(line.level()));
        block.add(new H3(line.pupilName() + " · " + line.schoolName()), new Paragraph(what));
        if (c.bidId() != null) {
            block.add(new Anchor("bids/" + c.bidId(), getTranslation("moderation.openBid")));
        }
        if (c.decided()) {
            String levelAndAmount = ((c.level() == null ? "" : Translations.level(c.level()) + " ")
                    + (c.amount() == null ? "" : Money.pounds(c.amount()))).strip();
            Span decided = new Span(getTranslation("moderation.decided", Translations.label(c.outcome()),
                    levelAndAmount, c.reason(), people.name(c.decidedBy())));
            decided.addClassName("wm-decision");
            block.add(decided);
            return block;
        }
        if (!open) {
            return block;
        }
        Select<CaseOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("moderation.outcome"));
        outcome.setItems(c.kind() == CaseKind.BID
                ? (line.level() != null && line.level().startsWith("HLN")
                ? List.of(CaseOutcome.FORWARDED, CaseOutcome.RETURNED, CaseOutcome.DECLINED)
                : List.of(CaseOutcome.AGREED, CaseOutcome.RETURNED, CaseOutcome.DECLINED))
                : List.of(CaseOutcome.LEVEL_CONFIRMED, CaseOutcome.REVIEW_ASKED));
        outcome.setItemLabelGenerator(Translations::label);
        outcome.setId("outcome-" + line.index());
        Select<String> level = new Select<>();
        level.setLabel(getTranslation("bid.moderate.level"));
        level.setItems("AFN_LOW", "AFN_MEDIUM", "AFN_HIGH");
        level.setItemLabelGenerator(Translations::level);
        level.setId("level-" + line.index());
        BigDecimalField amount = new BigDecimalField(getTranslation("bid.moderate.amount"));
        amount.setPrefixComponent(new Span("£"));
        amount.setId("amount-" + line.index());
        TextField reason = new TextField(getTranslation("bid.moderate.reasonLabel"));
        reason.setWidthFull();
        reason.setId("reason-" + line.index());
        TextLimit.apply(reason, 2000);
        boolean afnBid = c.kind() == CaseKind.BID && !(line.level() != null && line.level().startsWith("HLN"));
        level.setVisible(afnBid);
        amount.setVisible(afnBid);
        Feedback deciding = new Feedback().field("reason", reason).field("outcome", outcome).field("level", level)
                .field("amount", amount).onConflict("moderation.conflict", this::refresh);
        Button decide = new Button(getTranslation("moderation.decide"), e -> {
            // what is missing is said beside its field at once; a complete decision is confirmed first
            if (outcome.getValue() == null) {
                deciding.refused(List.of(Violation.of("outcome", "moderation.outcome.required")));
                return;
            }
            if (reason.getValue().isBlank()) {
                deciding.refused(List.of(Violation.of("reason", "bid.moderate.reason")));
                return;
            }
            CaseOutcome chosen = outcome.getValue();
            List<org.waymark.notifications.service.Told> told;
            try {
                told = moderation.toldOfDecision(meetingId, line.index(), chosen);
            } catch (org.waymark.base.domain.ConflictException closed) {
                deciding.conflict(); // the meeting was closed meanwhile: said, and what is stored now is shown
                return;
            }
            Confirmation.of("confirm-decide-" + line.index(), getTranslation("moderation.confirm.decide.title",
                            line.pupilName()))
                    .says(decisionText(line, chosen, level.getValue(), amount.getValue()))
                    .tells(told)
                    .confirm(getTranslation("moderation.decide"), () -> act(deciding,
                            () -> moderation.decide(meetingId, line.index(), chosen, level.getValue(),
                                    amount.getValue() == null ? (afnBid ? BigDecimal.ZERO : null) : amount.getValue(),
                                    reason.getValue()), "moderation.decidedDone"))
                    .open();
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setId("decide-" + line.index());
        FlexLayout row = new FlexLayout(outcome, level, amount);
        row.addClassName("wm-filters");
        block.add(row, reason, decide);
        return block;
    }

    /** What deciding a case this way does, in plain words, for its confirmation. */
    private String decisionText(ModerationService.CaseLine line, CaseOutcome outcome, @Nullable String level,
                                @Nullable BigDecimal amount) {
        String pupil = line.pupilName();
        return switch (outcome) {
            case AGREED -> getTranslation("bid.confirm.agree.text", pupil,
                    level == null ? "—" : Translations.level(level),
                    amount == null ? "—" : Money.pounds(amount));
            case DECLINED -> getTranslation("bid.confirm.decline.text", pupil);
            case RETURNED -> getTranslation("bid.confirm.return.text", pupil, line.schoolName());
            case FORWARDED -> getTranslation("bid.confirm.forward.text", pupil);
            case LEVEL_CONFIRMED -> getTranslation("moderation.confirm.levelConfirmed", pupil,
                    Translations.level(line.level()));
            case REVIEW_ASKED -> getTranslation("moderation.confirm.reviewAsked", pupil,
                    Translations.level(line.level()), line.schoolName());
        };
    }

    private Section fnf(ModerationService.MeetingDetails d, boolean open) {
        Section section = new Section(new H3(getTranslation("moderation.fnf")));
        section.setId("fnf-section");
        section.addClassName("wm-section");
        UnorderedList list = new UnorderedList();
        d.meeting().getFnfAllocations().forEach(a -> list.add(new ListItem(Translations.label(a.purpose())
                + (a.pupilId() == null ? "" : " " + getTranslation("moderation.fnfFor",
                d.pupilNames().getOrDefault(a.pupilId(), ""))) + ": " + Money.pounds(a.amount()) + " — " + a.note())));
        section.add(list);
        if (open) {
            Select<FnfPurpose> purpose = new Select<>();
            purpose.setLabel(getTranslation("moderation.fnfPurpose"));
            purpose.setItems(FnfPurpose.values());
            purpose.setItemLabelGenerator(Translations::label);
            purpose.setValue(FnfPurpose.TRAINING);
            purpose.setId("fnf-purpose");
            BigDecimalField amount = new BigDecimalField(getTranslation("bid.moderate.amount"));
            amount.setPrefixComponent(new Span("£"));
            amount.setId("fnf-amount");
            TextField note = new TextField(getTranslation("moderation.fnfNote"));
            note.setId("fnf-note");
            TextLimit.apply(note, 1000);
            ComboBox<PupilRow> pupil = new ComboBox<>(getTranslation("moderation.fnfPupil"));
            pupil.setHelperText(getTranslation("moderation.fnfPupil.helper"));
            pupil.setItems(query -> familyMoney.pupilsOfMyFamily(query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
            pupil.setItemLabelGenerator(p -> p.displayName() + " · " + p.schoolName());
            pupil.setClearButtonVisible(true);
            pupil.setId("fnf-pupil");
            Button add = new Button(getTranslation("moderation.fnfAdd"), e -> act(new Feedback().field("pupil", pupil)
                    .field("amount", amount).field("note", note).onConflict("moderation.conflict", this::refresh),
                    () -> familyMoney.allocateFnf(meetingId, purpose.getValue(),
                            amount.getValue() == null ? BigDecimal.ZERO : amount.getValue(), note.getValue(),
                            pupil.getValue() == null ? null : pupil.getValue().id()), "moderation.fnfAdded"));
            add.setId("fnf-add");
            FlexLayout row = new FlexLayout(purpose, amount, pupil, note, add);
            row.addClassName("wm-filters");
            row.setAlignItems(Alignment.BASELINE);
            section.add(row);
        }
        return section;
    }

    /** Runs a change, shows its budget warnings (if any) and redraws; refusals and conflicts get their message. */
    private void act(Feedback outcome, java.util.function.Supplier<List<Violation>> action, String doneKey) {
        outcome.call(action, warnings -> getTranslation(doneKey)).ifPresent(warnings -> {
            if (!warnings.isEmpty()) {
                Feedback.note(ViolationNotice.text(warnings));
            }
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("nav.moderation") : title;
    }
}
