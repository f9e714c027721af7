package org.waymark.benchmark;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.waymark.documents.domain.Labels;

/** The portal's English and Welsh labels without a Spring context, for document benchmarks. */
public final class Bundles {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("vaadin-i18n/translations");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private Bundles() {
    }

    public static Labels labels(Locale locale) {
        return (key, args) -> MESSAGES.getMessage(key, args, key, locale);
    }
}
