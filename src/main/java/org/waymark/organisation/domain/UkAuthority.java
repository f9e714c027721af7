package org.waymark.organisation.domain;

import org.jspecify.annotations.Nullable;

/**
 * One UK local authority from the reference list ({@link UkAuthorities}): the stable code Waymark
 * stores, the country, and its name in English and, for Welsh authorities, in Welsh.
 */
public record UkAuthority(String code, Country country, String name, @Nullable String nameCy) {

    /** The four UK countries; Northern Ireland has one Education Authority. */
    public enum Country { ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND }

    /** The name in the reader's language ("cy": the Welsh name where there is one). */
    public String displayName(String language) {
        return "cy".equals(language) && nameCy != null ? nameCy : name;
    }
}
