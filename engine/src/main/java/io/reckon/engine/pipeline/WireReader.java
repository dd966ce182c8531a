package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

import java.nio.ByteBuffer;

/**
 * Turns one frame as the socket delivered it into a slot's payload: inflates a compressed frame (BingX gzip) or
 * copies a text frame. Stateful (a reused inflater), so each producer thread owns one.
 */
public interface WireReader {
    /**
     * Fills {@code into.payload}. When inflating fails, the raw bytes are kept with {@code into.compressed = true};
     * when the result exceeds the slot, it is kept whole in {@code into.oversizePayload}. Never throws; allocates
     * only on the oversize path.
     */
    void read(ByteBuffer wire, boolean binary, RingEvent into);
}
