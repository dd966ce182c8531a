package io.reckon.engine.intent;

import io.reckon.engine.pipeline.VenueCodec;
import io.reckon.engine.pipeline.WireReader;
import io.reckon.engine.ring.RingEvent;
import io.reckon.engine.ring.Source;

/**
 * The codec the consumer runs: the engine decodes its own encodings ({@link Source#INTENT} payloads, with
 * {@link IntentCodec}) and hands everything else to the venue's codec. Intents are venue-neutral, so no venue codec
 * has to know their format, and every venue gets the same intent decoding, live and in replay.
 *
 * <p>Single-threaded like the codecs it joins (the consumer thread, or one replay). Allocation-free.
 */
public final class EngineCodec implements VenueCodec {
    private final VenueCodec venue;
    private final IntentCodec intents;

    public EngineCodec(final VenueCodec venue, final IntentCodec intents) {
        this.venue = venue;
        this.intents = intents;
    }

    @Override
    public void decode(final RingEvent event) {
        if (event.source == Source.INTENT) {
            intents.decode(event);
        } else {
            venue.decode(event);
        }
    }

    @Override
    public String fieldName(final int fieldId) {
        return IntentField.isIntentField(fieldId) ? IntentField.name(fieldId) : venue.fieldName(fieldId);
    }

    @Override
    public WireReader newWireReader() {
        return venue.newWireReader();
    }
}
