package org.waymark.cluster.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.waymark.cluster.domain.UiSignal;

/**
 * Sends every committed {@link UiSignal} raised on this node to the other nodes (DD016). The pages
 * on this node got the signal itself as an ordinary application event; pages on other nodes get it
 * as a {@link org.waymark.cluster.domain.RemoteSignal}. A failed send loses only a redraw (the page
 * shows the change on its next load), so it is logged, never thrown into the caller's request.
 */
@Component
class SignalRelay {

    private static final Logger LOG = LoggerFactory.getLogger(SignalRelay.class);

    private final SignalTransport transport;

    SignalRelay(SignalTransport transport) {
        this.transport = transport;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void relay(UiSignal signal) {
        try {
            transport.send(signal);
        } catch (RuntimeException e) {
            LOG.warn("Could not send {} to the other nodes; their pages show it on their next load", signal, e);
        }
    }
}
