package org.waymark.cluster.domain;

import java.io.Serializable;

/**
 * An application event that only tells open pages to redraw, and so must reach pages on every
 * node (DD016). It carries identifiers only, never a child's data: each page reloads what its own
 * user may see. Events that change or record something (a funding decision, a notice) are not
 * signals: the node that raised them handles them once, and other nodes read the result from the
 * database.
 * <p>
 * Implementations are small records in {@code org.waymark}; the Hazelcast relay deserialises only
 * those packages.
 */
public interface UiSignal extends Serializable {
}
