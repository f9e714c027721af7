package org.waymark.pupils.ui;

import org.waymark.base.ui.Translations;
import org.waymark.pupils.domain.PupilHoldings;

import com.vaadin.flow.i18n.I18NProvider;

/** Puts a feature's {@link PupilHoldings.Text} into the reader's language; dates read as on every screen. */
public final class HoldingTexts {

    private HoldingTexts() {
    }

    public static String of(PupilHoldings.Text text) {
        Object[] args = text.args().stream().map(HoldingTexts::argument).toArray();
        return I18NProvider.translate(text.key(), args);
    }

    private static Object argument(Object value) {
        return value instanceof PupilHoldings.Text nested ? of(nested) : Translations.argument(value);
    }
}
