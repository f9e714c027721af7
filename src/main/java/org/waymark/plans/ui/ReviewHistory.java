package org.waymark.plans.ui;

import java.util.List;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.plans.domain.PlanReview;
import org.waymark.security.service.People;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The plan's past reviews: when, who, how each outcome stood, and what was added. */
class ReviewHistory extends Section {

    ReviewHistory(List<PlanReview> reviews, People people) {
        addClassName("wm-section");
        setId("review-history");
        add(new H3(getTranslation("review.history")));
        if (reviews.isEmpty()) {
            add(new Paragraph(getTranslation("review.history.none")));
        }
        for (PlanReview review : reviews) {
            Div block = new Div(new H4(getTranslation("review.history.heading", review.getReviewedVersion(),
                    Dates.DAY_MONTH_YEAR.format(review.getHeldOn()), people.name(review.getRecordedBy()))));
            block.addClassName("wm-review");
            if (!review.getSummary().isBlank()) {
                block.add(new Paragraph(review.getSummary()));
            }
            UnorderedList list = new UnorderedList();
            for (PlanReview.ReviewedOutcome o : review.getOutcomes()) {
                Span progress = new Span(Translations.label(o.progress()));
                progress.getElement().setAttribute("theme", switch (o.progress()) {
                    case ACHIEVED -> "badge success";
                    case PARTLY -> "badge";
                    case NOT_YET -> "badge contrast";
                });
                list.add(new ListItem(progress, new Span(" " + o.outcomeKey() + ": " + o.outcomeText()
                        + (o.comment().isBlank() ? "" : " — " + o.comment()))));
            }
            for (PlanReview.NewOutcome n : review.getNewOutcomes()) {
                list.add(new ListItem(getTranslation("review.history.new", n.text(),
                        Dates.DAY_MONTH_YEAR.format(n.targetDate()))));
            }
            block.add(list);
            add(block);
        }
    }
}
