package org.waymark.pupils.domain;

/** Orders the pupil grid can be sorted by; each ends in the id so pages never overlap. */
public enum PupilSort {
    NAME("p.name_key, p.id"),
    NAME_DESC("p.name_key DESC, p.id DESC"),
    YEAR_GROUP("p.year_rank, p.name_key, p.id"),
    YEAR_GROUP_DESC("p.year_rank DESC, p.name_key, p.id"),
    SCHOOL("s.name, p.name_key, p.id"),
    SCHOOL_DESC("s.name DESC, p.name_key, p.id");

    private final String orderBy;

    PupilSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
