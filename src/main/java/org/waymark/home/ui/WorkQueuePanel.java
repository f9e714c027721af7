package org.waymark.home.ui;

import java.util.List;

import org.waymark.base.ui.Translations;
import org.waymark.notifications.domain.WorkItem;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The top of every home page: what needs the person now, most urgent first — each a link to the
 * record with an "Overdue" or "Due" badge — or a line saying nothing is waiting.
 */
class WorkQueuePanel extends Section {

    WorkQueuePanel(List<WorkItem> items) {
        setId("home-work");
        addClassName("wm-work-queue");
        H3 title = new H3(getTranslation("home.work.title"));
        title.setId("home-work-title");
        add(title);
        getElement().setAttribute("aria-labelledby", "home-work-title");
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.work.none"));
            none.setId("home-work-none");
            add(none);
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("wm-work-items");
        for (WorkItem item : items) {
            Anchor open = new Anchor(item.address(), text(item));
            open.setId("work-" + item.id());
            open.addClassName("wm-work-link");
            ListItem line = new ListItem();
            line.addClassName("wm-work-" + item.urgency().name().toLowerCase(java.util.Locale.ROOT));
            if (item.urgency() != WorkItem.Urgency.WAITING) {
                Span badge = new Span(getTranslation("home.work." + item.urgency().name().toLowerCase(java.util.Locale.ROOT)));
                badge.getElement().getThemeList().add("badge");
                if (item.urgency() == WorkItem.Urgency.OVERDUE) {
                    badge.getElement().getThemeList().add("error");
                }
                line.add(badge);
            }
            line.add(open);
            list.add(line);
        }
        add(list);
    }

    /** The item in the reader's language: dates as dates, enum values by their labels. */
    static String text(WorkItem item) {
        return I18NProvider.translate(item.key(), item.args().stream().map(Translations::argument).toArray());
    }
}
