package org.waymark.bids.ui;

import org.waymark.base.ui.Translations;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.bids.service.BidDetails;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The whole bid as read: chosen descriptors with the school's evidence, funded support, level, views. */
class BidSummary extends Div {

    BidSummary(BidDetails d) {
        addClassName("wm-bid-summary");
        setId("bid-summary");
        Bid bid = d.bid();
        for (String areaCode : bid.areaCodes()) {
            BidFramework.Area area = d.framework().area(areaCode).orElse(null);
            if (area == null) {
                continue;
            }
            Section section = new Section(new H3(area.name()));
            section.addClassName("wm-section");
            for (ThemeChoice choice : bid.getChoices()) {
                if (!choice.areaCode().equals(areaCode)) {
                    continue;
                }
                BidFramework.Theme theme = area.themes().stream().filter(t -> t.code().equals(choice.themeCode()))
                        .findFirst().orElse(null);
                String themeName = theme == null ? choice.themeCode() : theme.name();
                Span chosen = new Span(BidLabels.level(choice.levelCode()));
                chosen.getElement().setAttribute("theme", "badge");
                Div block = new Div(new H4(themeName), chosen,
                        new Paragraph(theme == null ? "" : theme.descriptor(choice.levelCode())),
                        new Paragraph(getTranslation("bid.summary.evidence", choice.evidence())));
                block.addClassName("wm-theme-choice");
                section.add(block);
            }
            add(section);
        }
        Section funded = new Section(new H3(getTranslation("bid.wizard.fundedHeading")));
        funded.addClassName("wm-section");
        UnorderedList lines = new UnorderedList();
        for (FundedProvision p : bid.getFundedProvision()) {
            lines.add(new ListItem(p.description() + " — " + BidLabels.pounds(p.annualCost())));
        }
        funded.add(lines, new Paragraph(getTranslation("bid.wizard.fundedTotal", BidLabels.pounds(bid.fundedTotal()),
                BidLabels.pounds(d.threshold().amount()))));
        add(funded);
        Section level = new Section(new H3(getTranslation("bids.levelAsked")));
        level.addClassName("wm-section");
        level.add(new Paragraph(bid.getLevelAsked() == null ? getTranslation("bid.summary.noLevel")
                : BidLabels.level(bid.getLevelAsked())));
        if (bid.getLevelProposed() != null) {
            level.add(new Paragraph(getTranslation("bid.summary.proposed", BidLabels.level(bid.getLevelProposed()))));
        }
        if (bid.getLevelReason() != null) {
            level.add(new Paragraph(getTranslation("bid.summary.reason", bid.getLevelReason())));
        }
        String outcome = BidLabels.outcome(bid.getStatus(), bid.getAgreedLevel(), bid.getAgreedAmount());
        if (!outcome.isEmpty()) {
            Paragraph decided = new Paragraph(getTranslation("bids.outcome.line", outcome));
            decided.setId("bid-outcome");
            level.add(decided);
        }
        add(level);
        Section views = new Section(new H3(getTranslation("bid.wizard.step.views")));
        views.addClassName("wm-section");
        views.add(new Paragraph(getTranslation("bid.wizard.parentViews") + ": " + orNone(bid.getParentViews())),
                new Paragraph(getTranslation("bid.wizard.childViews") + ": " + orNone(bid.getChildViews())));
        if (bid.getBehaviourSupportSought() != null) {
            views.add(new Paragraph(getTranslation(bid.getBehaviourSupportSought() ? "bid.summary.behaviourYes"
                    : "bid.summary.behaviourNo") + (bid.getBehaviourSupportNote().isBlank() ? ""
                    : " " + bid.getBehaviourSupportNote())));
        }
        add(views);
        if (bid.getRecoupFrom() != null) {
            add(new Paragraph(getTranslation("bid.rule.recoupment", bid.getRecoupFrom())));
        }
        add(new Paragraph(getTranslation("bid.summary.status", Translations.label(bid.getStatus()))));
    }

    private String orNone(String text) {
        return text.isBlank() ? getTranslation("bid.summary.none") : text;
    }
}
