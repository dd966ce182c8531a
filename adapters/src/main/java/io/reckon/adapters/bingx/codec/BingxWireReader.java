package io.reckon.adapters.bingx.codec;

import io.reckon.engine.pipeline.WireReader;
import io.reckon.engine.ring.RingEvent;

import java.nio.ByteBuffer;

/**
 * BingX's wire format: every server frame is a binary frame of gzip-compressed JSON (the heartbeat {@code Ping}
 * sometimes arrives as plain text). Inflates into the slot with a reused {@link GzipInflater}; one instance per
 * producer thread. Allocates only on cold paths: a frame inflating beyond the slot (kept in
 * {@link RingEvent#oversizePayload}), a text frame beyond the slot, and corrupt gzip (raw bytes kept with
 * {@link RingEvent#compressed} set, so the decoder rejects it, and replay rejects it the same way).
 */
public final class BingxWireReader implements WireReader {
    private final int maxInflatedBytes;
    private final GzipInflater inflater = new GzipInflater();

    public BingxWireReader(final int maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
    }

    @Override
    public void read(final ByteBuffer wire, final boolean binary, final RingEvent into) {
        if (binary) {
            ingestGzip(wire, into);
        } else {
            keepRaw(wire, into);
        }
    }

    /** Returns 0 when the slot now holds the inflated frame, else the inflater's error with the raw bytes kept. */
    int ingestGzip(final ByteBuffer src, final RingEvent event) {
        final int n = inflater.inflate(src, event.payload, 0, event.payload.length);
        if (n >= 0) {
            event.payloadLength = n;
            event.oversizePayload = null;
            event.compressed = false;
            return 0;
        }
        int error = n;
        if (n == GzipInflater.ERR_TOO_LARGE) {
            final byte[] whole = inflater.inflateToNewArray(src, maxInflatedBytes);
            if (whole != null) {
                event.oversizePayload = whole;
                event.payloadLength = 0;
                event.compressed = false;
                return 0;
            }
            error = inflater.lastError();
        }
        keepRaw(src, event);
        event.compressed = true;
        return error;
    }

    private static void keepRaw(final ByteBuffer src, final RingEvent event) {
        final int length = src.remaining();
        if (length <= event.payload.length) {
            src.get(src.position(), event.payload, 0, length);
            event.payloadLength = length;
            event.oversizePayload = null;
        } else {
            final byte[] whole = new byte[length];
            src.get(src.position(), whole, 0, length);
            event.oversizePayload = whole;
            event.payloadLength = 0;
        }
        event.compressed = false;
    }

}
