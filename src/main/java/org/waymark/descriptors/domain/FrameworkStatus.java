package org.waymark.descriptors.domain;

/** A draft is being prepared; a published framework is what bids are made against and never changes. */
public enum FrameworkStatus {
    DRAFT,
    PUBLISHED
}
