package org.waymark.cluster.domain;

/**
 * A {@link UiSignal} raised on another node, published as an application event on this one. It is
 * a different type from the signal itself so that nothing but the pages' broadcasters reacts to it,
 * and so it is never relayed back.
 *
 * @param signal what the other node raised
 * @param from   the node that raised it (its Hazelcast member address), for the logs
 */
public record RemoteSignal(UiSignal signal, String from) {
}
