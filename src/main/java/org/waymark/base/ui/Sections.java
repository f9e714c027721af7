package org.waymark.base.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;

/** The record pages' building blocks: a headed section, and a term that is left out when it has no value. */
public final class Sections {

    private Sections() {
    }

    /** A section headed by the translated key, holding the content. */
    public static Section section(String headingKey, Component... content) {
        Section section = new Section(new H3(I18NProvider.translate(headingKey)));
        section.add(content);
        section.addClassName("wm-section");
        return section;
    }

    /** Adds the translated label and the value to the list, unless the value is empty. */
    public static void term(DescriptionList list, String labelKey, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(I18NProvider.translate(labelKey)), new DescriptionList.Description(value));
        }
    }
}
