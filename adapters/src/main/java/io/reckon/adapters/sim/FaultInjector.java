package io.reckon.adapters.sim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failures a real BingX connection shows (lost frames, expired keys, REST errors and rate limits), on demand. Counted faults apply to the
 * next requests or frames and then disarm themselves; immediate faults act at once. The account keeps changing
 * under every stream fault: a dropped frame's change is visible over REST only.
 */
public final class FaultInjector {
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    private final FaultCounters counters;
    private final UserStreamServer stream;
    private final ListenKeyRegistry listenKeys;
    private final int defaultRateLimitCode;

    FaultInjector(final FaultCounters counters, final UserStreamServer stream, final ListenKeyRegistry listenKeys,
                  final int defaultRateLimitCode) {
        this.counters = counters;
        this.stream = stream;
        this.listenKeys = listenKeys;
        this.defaultRateLimitCode = defaultRateLimitCode;
    }

    /** Drops every user-stream socket without a closing handshake. */
    public void disconnectAll() {
        LOG.info("fault: disconnecting every socket");
        stream.disconnectAll();
    }

    /** Expires every listen key now: each socket gets {@code listenKeyExpired} and no further data frames. */
    public void expireListenKeysNow() {
        LOG.info("fault: expiring every listen key");
        for (final String key : listenKeys.expireAll()) {
            stream.listenKeyExpired(key);
        }
    }

    /** The next keepalive {@code PUT} answers HTTP 404 and the key is gone, as after an unnoticed expiry. */
    public void failNextKeepalive() {
        counters.armKeepalive404();
    }

    /** The next {@code n} REST calls answer HTTP 500. */
    public void failNextRestCalls(final int n) {
        failNextRestCalls(n, 500);
    }

    /** The next {@code n} REST calls answer the given 5xx status. */
    public void failNextRestCalls(final int n, final int httpStatus) {
        if (httpStatus < 500 || httpStatus > 599) {
            throw new IllegalArgumentException("a server error is a 5xx status: " + httpStatus);
        }
        counters.armServerErrors(requireCount(n), httpStatus);
    }

    /** The next {@code n} REST calls answer the configured rate-limit code (109429 unless configured). */
    public void rateLimitNextRestCalls(final int n) {
        rateLimitNextRestCalls(n, defaultRateLimitCode);
    }

    /** The next {@code n} REST calls answer the given rate-limit code, e.g. the pre-2025-10 code 100410. */
    public void rateLimitNextRestCalls(final int n, final int code) {
        counters.armRateLimits(requireCount(n), code);
    }

    /** The next {@code n} data frames are not sent; the account still changes. */
    public void dropNextFrames(final int n) {
        counters.armDrops(requireCount(n));
    }

    /** The next {@code n} data frames are each sent twice. */
    public void duplicateNextFrames(final int n) {
        counters.armDuplicates(requireCount(n));
    }

    /**
     * The stream loses every frame of the next order the venue accepts: its NEW, each trade, its cancel or expiry,
     * and the ACCOUNT_UPDATE each batch of its fills causes, however much later they come (a resting quote filling
     * on a later tick). Frames of everything else still arrive, before and after. The account changes as always;
     * only REST (positions, balance, the order history) shows this order. This is the loss the kernel must repair
     * in venue order: a close lost behind a later fill on the same position, or an open lost before its close.
     * Other frame faults armed meanwhile are left for the frames that are sent.
     */
    public void dropFramesOfNextOrder() {
        LOG.info("fault: the stream will lose every frame of the next order");
        counters.armOrderDrop();
    }

    /** The next batch of fills sends its ACCOUNT_UPDATE before its ORDER_TRADE_UPDATEs. */
    public void reorderNextFill() {
        counters.armReorder();
    }

    /** Sends one broken frame to every socket now. */
    public void sendMalformedFrame(final MalformedFrame kind) {
        LOG.info("fault: sending a malformed frame ({})", kind);
        stream.sendMalformed(kind);
    }

    private static int requireCount(final int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a fault count must be at least 1: " + n);
        }
        return n;
    }
}
