package org.waymark.home.ui;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.waymark.base.ui.Markup;
import org.waymark.base.ui.Translations;
import org.waymark.notifications.domain.WorkItem;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The top of every home page: what needs the person now, most urgent first — each a link to the
 * record with an "Overdue" or "Due" badge — or a line saying nothing is waiting. Written as markup
 * in one element (DD026): nothing in it has a server listener, and as components a home's twelve
 * or so items were five state nodes each. The links navigate in the browser, as before.
 */
final class WorkQueuePanel {

    private WorkQueuePanel() {
    }

    static Html of(List<WorkItem> items) {
        Element section = Markup.root("section").id("home-work").addClass("wm-work-queue")
                .attr("aria-labelledby", "home-work-title");
        section.appendElement("h3").id("home-work-title").text(I18NProvider.translate("home.work.title"));
        if (items.isEmpty()) {
            section.appendElement("p").id("home-work-none").text(I18NProvider.translate("home.work.none"));
            return Markup.of(section);
        }
        Element list = section.appendElement("ol").addClass("wm-work-items");
        for (WorkItem item : items) {
            String urgency = item.urgency().name().toLowerCase(Locale.ROOT);
            Element line = list.appendElement("li").addClass("wm-work-" + urgency);
            if (item.urgency() != WorkItem.Urgency.WAITING) {
                line.appendElement("span")
                        .attr("theme", item.urgency() == WorkItem.Urgency.OVERDUE ? "badge error" : "badge")
                        .text(I18NProvider.translate("home.work." + urgency));
            }
            line.appendElement("a").id("work-" + item.id()).addClass("wm-work-link").attr("href", item.address())
                    .text(text(item));
        }
        return Markup.of(section);
    }

    /** The item in the reader's language: dates as dates, enum values by their labels. */
    static String text(WorkItem item) {
        return I18NProvider.translate(item.key(), item.args().stream().map(Translations::argument).toArray());
    }
}
