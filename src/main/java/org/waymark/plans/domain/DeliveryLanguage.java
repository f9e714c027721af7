package org.waymark.plans.domain;

/** The language a provision is delivered in (recorded for Wales, available everywhere). */
public enum DeliveryLanguage {
    ENGLISH,
    WELSH,
    BILINGUAL
}
