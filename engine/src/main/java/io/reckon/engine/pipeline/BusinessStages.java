package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

/** The business stages the consumer runs after journaling: normalise, fee sign, fold, reconcile, publish. */
public interface BusinessStages {
    void onEvent(RingEvent event);

    /** A hash of the whole ledger state, independent of hash-map iteration order; journaled at intervals. */
    long stateHash();
}
