package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

/** The business stages the consumer runs after journaling: normalise, fee sign, fold, reconcile, publish. */
public interface BusinessStages {
    /**
     * Runs the stages on one event.
     *
     * @return true when the stages took a state-hash checkpoint after this event (they count the hash interval):
     *         {@link #checkpointHash()} is then that hash, which the event's snapshot carries and the consumer
     *         journals
     */
    boolean onEvent(RingEvent event);

    /** The hash of the latest checkpoint {@link #onEvent} took; 0 before the first. */
    long checkpointHash();

    /** A hash of the whole ledger state now, independent of hash-map iteration order. */
    long stateHash();
}
