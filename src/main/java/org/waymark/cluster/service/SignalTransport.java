package org.waymark.cluster.service;

import org.waymark.cluster.domain.UiSignal;

/** Carries a committed {@link UiSignal} to the other nodes (none on a single node). */
interface SignalTransport {

    void send(UiSignal signal);

    /** How many nodes this one can reach, itself included (1 on a single node). */
    int nodes();
}
