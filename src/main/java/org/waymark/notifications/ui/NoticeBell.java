package org.waymark.notifications.ui;

import org.waymark.notifications.service.NoticeService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The header's bell: how many notifications are unread, opening the list when pressed. */
public class NoticeBell extends Button {

    private final NoticeService notices;
    private final Span count = new Span();

    public NoticeBell(NoticeService notices) {
        this.notices = notices;
        setIcon(new Icon(VaadinIcon.BELL));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("notice-bell");
        count.getElement().setAttribute("theme", "badge pill small primary");
        count.addClassName("wm-notice-count");
        setSuffixComponent(count);
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
    }

    /**
     * Reads the unread count. The shell calls this after every navigation, the first included, so
     * the bell does not count when it is made: a new shell, or one redrawn for another person or
     * language, would otherwise count twice for one page.
     */
    public void refresh() {
        long unread = notices.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notice.bell", unread));
    }

    public long shownCount() {
        return count.isVisible() ? Long.parseLong(count.getText().replace("+", "")) : 0;
    }
}
