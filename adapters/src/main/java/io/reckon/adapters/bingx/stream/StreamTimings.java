package io.reckon.adapters.bingx.stream;

import io.reckon.config.StreamSettings;

/**
 * The user stream's clocks, in milliseconds. All come from configuration except the two guards derived from the
 * reconnect ceiling (see {@link #from}); tests build this directly with small values.
 *
 * @param keepaliveMs        listen-key PUT period ({@code stream.keepalive_seconds})
 * @param reconnectInitialMs first reconnect pause, doubled per failed attempt
 * @param reconnectMaxMs     ceiling of that pause
 * @param rotateAfterMs      age at which a healthy connection is replaced, with overlap
 * @param pollIntervalMs     guard REST snapshot period, 0 = off
 * @param healthTimeoutMs    how long a new connection may stay without its first frame before it is dropped
 * @param silenceTimeoutMs   how long the current connection may stay silent before it is treated as dead, 0 = off
 */
public record StreamTimings(long keepaliveMs, long reconnectInitialMs, long reconnectMaxMs, long rotateAfterMs,
                            long pollIntervalMs, long healthTimeoutMs, long silenceTimeoutMs) {

    public StreamTimings {
        if (keepaliveMs <= 0 || reconnectInitialMs <= 0 || reconnectMaxMs < reconnectInitialMs || rotateAfterMs <= 0
            || pollIntervalMs < 0 || healthTimeoutMs <= 0 || silenceTimeoutMs < 0) {
            throw new IllegalArgumentException("inconsistent stream timings " + keepaliveMs + "/" + reconnectInitialMs
                + "/" + reconnectMaxMs + "/" + rotateAfterMs + "/" + pollIntervalMs + "/" + healthTimeoutMs + "/"
                + silenceTimeoutMs);
        }
    }

    /**
     * From configuration. BingX pings every few seconds, so a new connection gets the reconnect ceiling (30 s by
     * default) to show its first frame, and the current one may stay silent twice that long.
     */
    public static StreamTimings from(final StreamSettings s) {
        return new StreamTimings(s.keepaliveMs(), s.reconnectInitialMs(), s.reconnectMaxMs(), s.rotateAfterMs(),
            s.pollIntervalMs(), s.reconnectMaxMs(), 2 * s.reconnectMaxMs());
    }
}
