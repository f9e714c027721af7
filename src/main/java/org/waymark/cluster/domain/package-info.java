/**
 * What crosses between nodes: {@link org.waymark.cluster.domain.UiSignal}s, and how a received one
 * is published on the receiving node ({@link org.waymark.cluster.domain.RemoteSignal}).
 */
@NullMarked
package org.waymark.cluster.domain;

import org.jspecify.annotations.NullMarked;
