package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

/**
 * Sees every event after the business stages, on the consumer thread (and in replay, on the replay thread), with
 * its decoded fields, normalised kind and intent verdict final. Taps only read the slot; whatever they hand to
 * another thread they copy. They must not block for long: the ring waits on them.
 */
@FunctionalInterface
public interface EventTap {
    EventTap NONE = event -> { };

    void onProcessed(RingEvent event);
}
