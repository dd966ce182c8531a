package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RestTopic;

import java.nio.ByteBuffer;

/**
 * How producers (socket threads, the REST poller, the execution thread) put inputs on the ring. Each call claims a
 * slot, stamps the receive time from the injected clock, fills it and publishes it in a try/finally, so that a
 * failure can never leave a claimed slot unpublished. An instance belongs to one producer thread.
 */
public interface Ingress {
    /** A user-stream frame exactly as the socket delivered it. Does not allocate. */
    void wire(long connectionId, ByteBuffer data, boolean binary);

    /** A REST response body fed in as a snapshot of the venue's facts. */
    void poll(long connectionId, RestTopic topic, byte[] body, int offset, int length);

    /** Our own REST order reply (an order placed, cancelled, or refused). */
    void ack(long connectionId, RestTopic topic, byte[] body, int offset, int length);

    /** An order intent, already encoded as the venue-neutral intent JSON. */
    void intent(byte[] body, int offset, int length);

    /** A lifecycle event (connect, disconnect, rotation, recovery, gap repaired), as a small JSON object. */
    void control(long connectionId, byte[] body, int offset, int length);
}
