package org.waymark.notifications.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.waymark.base.domain.Dates;
import org.waymark.base.ui.Translations;
import org.waymark.notifications.domain.Notice;
import org.waymark.notifications.service.NoticeService;
import org.waymark.security.service.AccountService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The signed-in user's notifications, newest first: what changed, when, and a way to open it. */
@Route("notifications")
@PermitAll
@Menu(title = "nav.notifications", order = 90, icon = "vaadin:bell")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = Dates.DAY_MONTH_YEAR_TIME;

    private final NoticeService notices;
    private final UnorderedList list = new UnorderedList();

    public NotificationsView(NoticeService notices, AccountService accounts) {
        this.notices = notices;
        addClassName("wm-notifications");
        list.setId("notice-list");
        list.addClassName("wm-notice-list");
        Button readAll = new Button(getTranslation("notice.markAllRead"), e -> {
            notices.markAllRead();
            refresh();
        });
        readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        readAll.setId("notice-read-all");
        add(new H2(getTranslation("notice.title")), readAll, list, new MailSettingsForm(accounts, notices));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Notice> mine = notices.mine();
        if (mine.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("notice.none"))));
        }
        for (Notice notice : mine) {
            ListItem item = new ListItem();
            item.addClassName(notice.isUnread() ? "wm-notice-unread" : "wm-notice-read");
            Span text = new Span(text(notice));
            text.addClassName("wm-notice-text");
            Span when = new Span(WHEN.format(notice.getCreatedAt()));
            when.addClassName("wm-muted");
            Button open = new Button(getTranslation("notice.open"), e -> {
                notices.markRead(Objects.requireNonNull(notice.getId()));
                getUI().ifPresent(ui -> ui.navigate(notice.getLink()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("notice.openLabel", text.getText()));
            Div line = new Div(text, new Span(" "), when, new Span(" "), open);
            if (notice.isUnread()) {
                Span badge = new Span(getTranslation("notice.unread"));
                badge.getElement().getThemeList().add("badge");
                line.addComponentAsFirst(badge);
            }
            item.add(line);
            list.add(item);
        }
    }

    /** The notice in the reader's language; arguments that are keys (or phrases of keys) are translated too. */
    String text(Notice notice) {
        Object[] args = notice.argumentList().stream().map(this::argument).toArray();
        return getTranslation(notice.getMessageKey(), args);
    }

    /** An argument as the reader reads it: plain text as given, a key or a phrase in their language. */
    private String argument(String argument) {
        return Notice.phraseOf(argument).map(p -> p.arguments().isEmpty() ? translated(p.key())
                : getTranslation(p.key(), p.arguments().stream()
                        .map(a -> Notice.keyOf(a).map(this::translated).orElse(a)).toArray())).orElse(argument);
    }

    /** A level by its name however the notice was written (a code the bundles lack reads as itself). */
    private String translated(String key) {
        return key.startsWith(LEVEL) ? Translations.level(key.substring(LEVEL.length())) : getTranslation(key);
    }

    private static final String LEVEL = "bid.level.";

    List<String> texts() {
        return notices.mine().stream().map(this::text).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.title");
    }
}
