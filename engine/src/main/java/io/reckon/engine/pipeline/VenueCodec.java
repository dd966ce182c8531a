package io.reckon.engine.pipeline;

import io.reckon.engine.ring.RingEvent;

/**
 * A venue's decoding, the only venue-specific code the kernel runs. Implementations live in that venue's adapter;
 * the engine calls them and never sees a venue field name.
 *
 * <p>{@link #decode} runs on the consumer thread only, just before the journal stage, so that symbols are
 * interned in journal order and a replay decodes every record exactly as the live run did. Inflating wire bytes
 * is the producers' job ({@link #newWireReader()}, one per producer thread), which keeps the consumer's work per
 * event small and the codec single-threaded.
 */
public interface VenueCodec {
    /**
     * Decodes {@code event.payload} according to {@code event.source} and {@code event.topic}: a stream frame, a REST
     * body, an order reply. Never throws and allocates nothing on a well-formed payload: anything unreadable becomes
     * {@link io.reckon.engine.ring.DecodedKind#REJECTED} with a reason. A slot marked {@code compressed} or oversize
     * by its {@link WireReader} is rejected with the matching reason.
     */
    void decode(RingEvent event);

    /** A short name of a venue field id used in {@link RingEvent#rejectField}, for reports; allocates nothing. */
    String fieldName(int fieldId);

    /** A new reader of this venue's wire frames, for one producer thread. */
    WireReader newWireReader();
}
