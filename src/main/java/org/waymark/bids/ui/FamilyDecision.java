package org.waymark.bids.ui;

import org.waymark.base.ui.TextLimit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.waymark.base.domain.Money;
import org.waymark.base.domain.Violation;
import org.waymark.base.ui.Confirmation;

import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidStatus;
import org.waymark.bids.domain.LevelCodes;
import org.waymark.bids.service.BidDetails;
import org.waymark.bids.service.BidModerationService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.waymark.base.ui.Feedback;

/**
 * The family's decision on a submitted bid, for the Family SENCO: agree an AFN bid at a level and
 * an amount inside its band, countersign an HLN bid and forward it to the authority, decline, or
 * return it for more evidence — always with a reason.
 */
class FamilyDecision extends Section {

    final Select<BidFramework.Level> level = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextArea reason = new TextArea();
    private final long bidId;
    private final BidModerationService bids;

    FamilyDecision(BidModerationService bids, BidDetails d, Runnable onDone) {
        addClassName("wm-section");
        setId("family-decision");
        long bidId = Objects.requireNonNull(d.bid().getId());
        int lock = Objects.requireNonNull(d.bid().getVersion());
        boolean hln = LevelCodes.isHighNeeds(d.bid().getLevelAsked());
        this.bidId = bidId;
        this.bids = bids;
        add(new H3(getTranslation("bid.moderate.title")), new Paragraph(getTranslation(hln
                ? "bid.moderate.helpHln" : "bid.moderate.helpAfn")));
        reason.setLabel(getTranslation("bid.moderate.reasonLabel"));
        TextLimit.apply(reason, 2000);
        reason.setWidthFull();
        reason.setId("moderate-reason");
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("wm-actions");
        String pupil = d.pupilName();
        if (hln) {
            buttons.add(button("bid.moderate.forward", "moderate-forward", true, new Ask(BidStatus.FORWARDED,
                    "bid.confirm.forward.title", () -> getTranslation("bid.confirm.forward.text", pupil)),
                    () -> bids.countersignAndForward(bidId, lock, reason.getValue()), onDone));
        } else {
            level.setLabel(getTranslation("bid.moderate.level"));
            level.setItems(d.framework().levels().stream().filter(l -> l.column().equals(LevelCodes.AFN)).toList());
            level.setItemLabelGenerator(l -> l == null ? "" : l.name() + " (" + BidLabels.band(l) + ")");
            level.setId("moderate-level");
            amount.setLabel(getTranslation("bid.moderate.amount"));
            amount.setPrefixComponent(new Span("£"));
            amount.setId("moderate-amount");
            add(level, amount);
            buttons.add(button("bid.moderate.agree", "moderate-agree", true, new Ask(BidStatus.AGREED,
                    "bid.confirm.agree.title", () -> getTranslation("bid.confirm.agree.text", pupil,
                    level.getValue() == null ? "" : level.getValue().name(),
                    amount.getValue() == null ? "" : Money.pounds(amount.getValue()))), () -> bids.agree(bidId, lock,
                    level.getValue() == null ? "" : level.getValue().code(),
                    amount.getValue() == null ? BigDecimal.ZERO : amount.getValue(), reason.getValue()), onDone));
        }
        buttons.add(button("bid.moderate.return", "moderate-return", false, new Ask(BidStatus.RETURNED,
                        "bid.confirm.return.title", () -> getTranslation("bid.confirm.return.text", pupil,
                        d.schoolName())), () -> bids.returnForEvidence(bidId, lock, reason.getValue()), onDone),
                button("bid.moderate.decline", "moderate-decline", false, new Ask(BidStatus.DECLINED,
                        "bid.confirm.decline.title", () -> getTranslation("bid.confirm.decline.text", pupil)),
                        () -> bids.decline(bidId, lock, reason.getValue()), onDone));
        add(reason, buttons);
    }

    /** What a decision's confirmation says: the status it gives the bid, its header and its text. */
    private record Ask(BidStatus becomes, String titleKey, Supplier<String> text) {
    }

    /**
     * A decision button: a missing reason (or AFN level) is said beside its field at once; otherwise
     * the decision is confirmed first, saying what happens and who is told, and then recorded.
     */
    private Button button(String key, String id, boolean primary, Ask ask, Runnable action, Runnable onDone) {
        Feedback feedback = new Feedback().field("reason", reason).field("level", level).field("amount", amount)
                .onConflict("bid.moderate.conflict", onDone);
        Button button = new Button(getTranslation(key), e -> {
            if (reason.getValue().isBlank()) {
                feedback.refused(List.of(Violation.of("reason", "bid.moderate.reason")));
                return;
            }
            if (ask.becomes() == BidStatus.AGREED && level.getValue() == null) {
                feedback.refused(List.of(Violation.of("level", "bid.moderate.levelRequired")));
                return;
            }
            Confirmation confirmation = Confirmation.of("confirm-" + id, getTranslation(ask.titleKey()))
                    .says(ask.text().get())
                    .tells(bids.toldOfDecision(bidId, ask.becomes()))
                    .confirm(getTranslation(key), () -> {
                        if (feedback.run(action, "bid.moderate.done")) {
                            onDone.run();
                        }
                    });
            if (ask.becomes() == BidStatus.DECLINED) {
                confirmation.danger();
            }
            confirmation.open();
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
