/**
 * Relaying UI signals to the other nodes: in-process only (one node, the default) or over an
 * embedded Hazelcast cluster ({@code waymark.cluster.events=hazelcast}, DD016).
 */
@NullMarked
package org.waymark.cluster.service;

import org.jspecify.annotations.NullMarked;
