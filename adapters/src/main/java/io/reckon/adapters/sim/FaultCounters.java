package io.reckon.adapters.sim;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pending one-shot faults, armed by the public {@link FaultInjector} and consumed by the REST layer, the stream
 * server and the venue as requests and frames pass. Thread-safe.
 */
final class FaultCounters {
    /** What to do with the next data frame. */
    enum FrameAction {
        SEND,
        DROP,
        DUPLICATE
    }

    private final AtomicInteger serverErrors = new AtomicInteger();
    private volatile int serverErrorStatus = 500;
    private final AtomicInteger rateLimits = new AtomicInteger();
    private volatile int rateLimitCode;
    private final AtomicInteger keepalive404 = new AtomicInteger();
    private final AtomicInteger drops = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger reorders = new AtomicInteger();
    private final AtomicInteger orderDrops = new AtomicInteger();

    FaultCounters(final int defaultRateLimitCode) {
        this.rateLimitCode = defaultRateLimitCode;
    }

    void armServerErrors(final int n, final int httpStatus) {
        serverErrorStatus = httpStatus;
        serverErrors.set(n);
    }

    void armRateLimits(final int n, final int code) {
        rateLimitCode = code;
        rateLimits.set(n);
    }

    void armKeepalive404() {
        keepalive404.set(1);
    }

    void armDrops(final int n) {
        drops.set(n);
    }

    void armDuplicates(final int n) {
        duplicates.set(n);
    }

    void armReorder() {
        reorders.set(1);
    }

    void armOrderDrop() {
        orderDrops.set(1);
    }

    /** The HTTP status to fail this request with, or 0. */
    int takeServerError() {
        return take(serverErrors) ? serverErrorStatus : 0;
    }

    /** The rate-limit business code to answer this request with, or 0. */
    int takeRateLimit() {
        return take(rateLimits) ? rateLimitCode : 0;
    }

    boolean takeKeepalive404() {
        return take(keepalive404);
    }

    /** Drops win over duplicates when both are armed. */
    FrameAction takeFrameAction() {
        if (take(drops)) {
            return FrameAction.DROP;
        }
        return take(duplicates) ? FrameAction.DUPLICATE : FrameAction.SEND;
    }

    boolean takeReorder() {
        return take(reorders);
    }

    /** True for the order that takes the armed fault: the stream then loses every frame of it. */
    boolean takeOrderDrop() {
        return take(orderDrops);
    }

    private static boolean take(final AtomicInteger counter) {
        return counter.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }
}
