package org.waymark.base.ui;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The portal's two languages, English and Welsh, read from {@code vaadin-i18n/translations*.properties}.
 * Enum values are labelled with keys {@code enum.<Type>.<VALUE>}.
 */
@Component
public class Translations extends DefaultI18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");

    public Translations() {
        super(List.of(ENGLISH, WELSH));
    }

    /** The label of an enum value in the current UI's language; empty for no value (an empty selection). */
    public static String label(@Nullable Enum<?> value) {
        if (value == null) {
            return "";
        }
        return I18NProvider.translate("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * An argument of a message as the reader sees it: a date as a date, an enum value by its label,
     * anything else as it is.
     */
    public static Object argument(Object value) {
        if (value instanceof java.time.LocalDate date) {
            return org.waymark.base.domain.Dates.DAY_MONTH_YEAR.format(date);
        }
        if (value instanceof Enum<?> e) {
            return label(e);
        }
        return value;
    }

    /**
     * A funding level's name in the current UI's language ({@code bid.level.<code>}: "AFN low",
     * "HLN 1 (high level needs)"); a code the bundles do not know reads as itself. Empty for none.
     */
    public static String level(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String key = "bid.level." + code;
        String text = I18NProvider.translate(key);
        return text.startsWith("!") || text.equals(key) ? code : text;
    }

    public static Locale supported(Locale requested) {
        return "cy".equals(requested.getLanguage()) ? WELSH : ENGLISH;
    }
}
