package org.waymark.pupils.domain;

/** Orders the pupil grid can be sorted by; each ends in the id so pages never overlap. */
public enum PupilSort {
    NAME("p.name_key, p.id"),
    NAME_DESC("p.name_key DESC, p.id DESC"),
    YEAR_GROUP("p.year_rank, p.name_key, p.id"),
    // wholly descending, so the database can read its (authority, year, name) index backwards
    YEAR_GROUP_DESC("p.year_rank DESC, p.name_key DESC, p.id DESC"),
    SCHOOL("s.name, p.name_key, p.id"),
    SCHOOL_DESC("s.name DESC, p.name_key, p.id");

    private final String orderBy;

    PupilSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    /** Whether the order needs only the pupil's own columns (then the page is found before joining schools). */
    boolean onPupilAlone() {
        return !orderBy.contains("s.");
    }
}
