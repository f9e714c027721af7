package org.waymark.organisation.domain;

/** The three terms of a UK school year, in calendar order within the academic year. */
public enum TermName {
    AUTUMN,
    SPRING,
    SUMMER
}
