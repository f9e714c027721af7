package org.waymark.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import org.waymark.base.domain.NotFoundException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a record asked for by URL does not exist. */
@ParentLayout(MainLayout.class)
@PermitAll
public class RecordNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return showNotFound(this);
    }

    /**
     * The one "not found" answer, for a record that does not exist and (through
     * {@link AccessRefusedView}) for one outside the user's scope alike: no probing for records.
     */
    static int showNotFound(VerticalLayout page) {
        page.removeAll();
        page.add(new H2(page.getTranslation("error.notFound.title")),
                new Paragraph(page.getTranslation("error.notFound.text")),
                new Anchor("", page.getTranslation("error.backHome")));
        page.setId("record-not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The tab's title says what happened (the page has a title, as every page must). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
