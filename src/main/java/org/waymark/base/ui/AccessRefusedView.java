package org.waymark.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import org.springframework.security.access.AccessDeniedException;

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

/**
 * Shown when a service refuses a record the user has no right to (e.g. another school's pupil
 * opened by URL). The refusal itself was audited by the service.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.refused.title")), new Paragraph(getTranslation("error.refused.text")),
                new Anchor("", getTranslation("error.backHome")));
        setId("access-refused");
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The tab's title says what happened (the page has a title, as every page must). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.refused.title");
    }
}
