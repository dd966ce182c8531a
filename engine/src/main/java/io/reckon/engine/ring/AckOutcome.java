package io.reckon.engine.ring;

/** What the venue said to one of our REST order calls, in venue-neutral terms. */
public enum AckOutcome {
    NONE,
    /** The venue did what was asked (order placed, cancelled, leverage set or read). */
    ACCEPTED,
    /** The venue refused it with a business error (parameter, margin, post-only would cross, ...). */
    REFUSED,
    /** The venue refused it because we call too often; never retried in a loop. */
    RATE_LIMITED,
    /** The order to cancel does not exist (any more) on the venue. */
    UNKNOWN_ORDER,
    /** The order to cancel has already filled completely. */
    ALREADY_FILLED,
    /**
     * No venue answer: a timeout, a network failure, a server error without a body, or a call our client refused
     * to send during a rate-limit cool-down. The payload is then reckon's own note of the failure.
     */
    NO_REPLY;

    private static final AckOutcome[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }
}
