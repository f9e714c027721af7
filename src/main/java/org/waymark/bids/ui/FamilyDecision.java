package org.waymark.bids.ui;

import org.waymark.base.ui.TextLimit;
import java.math.BigDecimal;
import java.util.Objects;

import org.waymark.bids.domain.BidFramework;
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

    FamilyDecision(BidModerationService bids, BidDetails d, Runnable onDone) {
        addClassName("wm-section");
        setId("family-decision");
        long bidId = Objects.requireNonNull(d.bid().getId());
        int lock = Objects.requireNonNull(d.bid().getVersion());
        boolean hln = LevelCodes.isHighNeeds(d.bid().getLevelAsked());
        add(new H3(getTranslation("bid.moderate.title")), new Paragraph(getTranslation(hln
                ? "bid.moderate.helpHln" : "bid.moderate.helpAfn")));
        reason.setLabel(getTranslation("bid.moderate.reasonLabel"));
        TextLimit.apply(reason, 2000);
        reason.setWidthFull();
        reason.setId("moderate-reason");
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("wm-actions");
        if (hln) {
            buttons.add(button("bid.moderate.forward", "moderate-forward", true,
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
            buttons.add(button("bid.moderate.agree", "moderate-agree", true, () -> bids.agree(bidId, lock,
                    level.getValue() == null ? "" : level.getValue().code(),
                    amount.getValue() == null ? BigDecimal.ZERO : amount.getValue(), reason.getValue()), onDone));
        }
        buttons.add(button("bid.moderate.return", "moderate-return", false,
                        () -> bids.returnForEvidence(bidId, lock, reason.getValue()), onDone),
                button("bid.moderate.decline", "moderate-decline", false,
                        () -> bids.decline(bidId, lock, reason.getValue()), onDone));
        add(reason, buttons);
    }

    private Button button(String key, String id, boolean primary, Runnable action, Runnable onDone) {
        Feedback feedback = new Feedback().field("reason", reason).field("level", level).field("amount", amount)
                .onConflict("bid.moderate.conflict", onDone);
        Button button = new Button(getTranslation(key), e -> {
            if (feedback.run(action, "bid.moderate.done")) {
                onDone.run();
            }
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
