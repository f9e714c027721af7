package org.waymark.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;

/**
 * Shown when a service refuses a record the user has no right to (e.g. another school's pupil
 * opened by URL). It answers exactly as {@link RecordNotFoundView} does for an id that does not
 * exist — same heading, text, element id and 404 status — so nobody can tell another school's or
 * authority's record from a missing one by trying ids (issue 20 point 8, DD014). The refusal
 * itself was audited by the service, so the audit trail still tells the two apart.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessRefusedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return RecordNotFoundView.showNotFound(this);
    }

    /** The tab's title says what the not-found page says (the page has a title, as every page must). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
