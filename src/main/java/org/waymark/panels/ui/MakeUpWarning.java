package org.waymark.panels.ui;

import java.util.List;
import java.util.Optional;

import org.waymark.base.domain.Violation;
import org.waymark.base.ui.ViolationNotice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;

/** What an HLN panel's make-up lacks, named one by one: a warning beside its members, never a block. */
final class MakeUpWarning {

    private MakeUpWarning() {
    }

    static Optional<Div> of(List<Violation> missing, String id) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        missing.forEach(v -> list.add(new ListItem(ViolationNotice.message(v))));
        Div box = new Div(new Span(I18NProvider.translate("panel.makeUp.heading")), list,
                new Paragraph(I18NProvider.translate("panel.makeUp.help")));
        box.addClassName("wm-warnings");
        box.setId(id);
        box.getElement().setAttribute("role", "status");
        return Optional.of(box);
    }
}
