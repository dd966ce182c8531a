package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

import java.nio.ByteBuffer;

/**
 * A venue's decoding, the only venue-specific code the kernel runs. Implementations live in that venue's adapter;
 * the engine calls them and never sees a venue field name. Neither method throws or allocates on a well-formed
 * payload: anything unreadable becomes {@link io.reckon.engine.ring.DecodedKind#REJECTED} with a reason.
 */
public interface VenueCodec {
    /**
     * Live path, on the socket thread: inflates a binary frame (or takes a text frame) into {@code into.payload},
     * keeping the raw bytes with {@code into.compressed = true} if inflation fails, then decodes it.
     */
    void fromWire(ByteBuffer wire, boolean binary, RingEvent into);

    /**
     * Decodes {@code event.payload} according to {@code event.source} and {@code event.topic}: a stream frame, a REST
     * body, an order reply. Replay calls only this, with the payload the journal kept.
     */
    void decode(RingEvent event);

    /** A short name of a venue field id used in {@link RingEvent#rejectField}, for reports; allocates nothing. */
    String fieldName(int fieldId);
}
