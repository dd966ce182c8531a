package io.reckon.engine.pipeline;

/**
 * What the kernel tells a venue's user stream after decoding one of its frames. The stream hands frames to the
 * {@link Ingress} without reading them, so the decoder (or the stage that sees the decoded kind) is the one that
 * knows a frame said "your listen key expired"; it calls this, and the stream rotates. Implementations only
 * enqueue work: safe to call from a socket thread or the consumer thread, never blocks.
 */
public interface StreamSignals {
    /** The frame of connection {@code connectionId} decoded as {@code DecodedKind.LISTEN_KEY_EXPIRED}. */
    void listenKeyExpired(long connectionId);
}
