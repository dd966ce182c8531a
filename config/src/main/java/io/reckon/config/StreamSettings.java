package io.reckon.config;

/** User-stream lifecycle: listen-key keepalive, reconnect backoff, proactive rotation and the guard REST poll. */
public record StreamSettings(
    long keepaliveMs,
    long reconnectInitialMs,
    long reconnectMaxMs,
    long rotateAfterMs,
    long pollIntervalMs,
    long recvWindowMs,
    long restTimeoutMs) {
}
