package org.waymark.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;

import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page of the portal, in the reader's language. */
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.pageNotFound.title")), new Paragraph(getTranslation("error.pageNotFound.text")),
                new Anchor("", getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The tab's title says what happened (the page has a title, as every page must). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.pageNotFound.title");
    }
}
