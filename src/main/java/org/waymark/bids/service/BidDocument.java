package org.waymark.bids.service;

import java.util.ArrayList;
import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.bids.domain.Bid;
import org.waymark.bids.domain.BidFramework;
import org.waymark.bids.domain.BidStep;
import org.waymark.bids.domain.FundedProvision;
import org.waymark.bids.domain.ThemeChoice;
import org.waymark.documents.domain.Labels;
import org.waymark.security.service.People;
import org.waymark.documents.domain.PdfPages;

/**
 * The completed request form as a PDF: pupil and school, for each key theme the chosen
 * descriptor with the school's evidence, the support already funded against the threshold, the
 * level asked for and why, attachments, the family's views and the bid's history.
 */
final class BidDocument {

    private final Labels labels;

    BidDocument(Labels labels) {
        this.labels = labels;
    }

    byte[] render(BidDetails d) {
        Bid bid = d.bid();
        String title = labels.get("bid.pdf.title");
        PdfPages pages = new PdfPages(labels, d.pupilName() + " — " + title, title + " – " + d.pupilName());
        pages.title(title).heading(d.pupilName() + " · " + d.schoolName())
                .paragraph(labels.get("bid.pdf.framework", d.framework().label()))
                .paragraph(labels.get("bid.summary.status", labels.get("enum.BidStatus." + bid.getStatus().name())));
        for (String areaCode : bid.areaCodes()) {
            BidFramework.Area area = d.framework().area(areaCode).orElse(null);
            if (area == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (ThemeChoice c : bid.getChoices()) {
                if (!c.areaCode().equals(areaCode)) {
                    continue;
                }
                BidFramework.Theme theme = area.themes().stream().filter(t -> t.code().equals(c.themeCode()))
                        .findFirst().orElse(null);
                lines.add((theme == null ? c.themeCode() : theme.name()) + " — " + level(c.levelCode()) + ": "
                        + (theme == null ? "" : theme.descriptor(c.levelCode())));
                lines.add(labels.get("bid.summary.evidence", c.evidence()));
            }
            pages.heading(area.name());
            lines.forEach(pages::paragraph);
        }
        List<List<String>> rows = new ArrayList<>();
        for (FundedProvision p : bid.getFundedProvision()) {
            rows.add(List.of(p.description(), "£" + p.annualCost().stripTrailingZeros().toPlainString()));
        }
        pages.heading(labels.get("bid.wizard.fundedHeading"));
        if (!rows.isEmpty()) {
            pages.table(new float[]{6f, 2f}, List.of("bid.wizard.fundedWhat", "bid.wizard.fundedCost"), rows);
        }
        pages.paragraph(labels.get("bid.wizard.fundedTotal", "£" + bid.fundedTotal().stripTrailingZeros().toPlainString(),
                "£" + d.threshold().amount().toPlainString()));
        List<String> level = new ArrayList<>();
        level.add(bid.getLevelAsked() == null ? labels.get("bid.summary.noLevel") : level(bid.getLevelAsked()));
        if (bid.getLevelProposed() != null) {
            level.add(labels.get("bid.summary.proposed", level(bid.getLevelProposed())));
        }
        if (bid.getLevelReason() != null) {
            level.add(labels.get("bid.summary.reason", bid.getLevelReason()));
        }
        pages.section("bids.levelAsked", level);
        pages.section("attachment.title", d.attachments().stream()
                .map(a -> labels.get("enum.AttachmentKind." + a.getKind().name()) + ": " + a.getDisplayName())
                .toList());
        pages.section("bid.wizard.step.views", List.of(
                labels.get("bid.wizard.parentViews") + ": " + orNone(bid.getParentViews()),
                labels.get("bid.wizard.childViews") + ": " + orNone(bid.getChildViews())));
        pages.section("bid.history", bid.getSteps().stream().map(s -> step(s, d.people())).toList());
        return pages.finish();
    }

    private String step(BidStep s, People people) {
        return labels.get("enum.BidStatus." + s.status().name()) + " — " + people.name(s.actor()) + ", "
                + Dates.DAY_MONTH_YEAR.format(s.occurredAt().atZone(Dates.ZONE)) + (s.note() == null ? "" : ": " + s.note());
    }

    private String level(String code) {
        String text = labels.get("bid.level." + code);
        return text.equals("bid.level." + code) ? code : text;
    }

    private String orNone(String text) {
        return text.isBlank() ? labels.get("bid.summary.none") : text;
    }
}
