package org.waymark.ras.domain;

/** Where an outcome framework version stands: drafts change, published versions never do. */
public enum OutcomesStatus {
    DRAFT,
    PUBLISHED,
    /** Replaced by a later published version; cases scored against it keep it. */
    RETIRED
}
