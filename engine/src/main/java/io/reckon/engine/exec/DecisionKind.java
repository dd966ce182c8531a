package io.reckon.engine.exec;

/** What the desk decided; see {@link Decision}. */
public enum DecisionKind {
    /** The router planned an intent (the plan may be suppressed by the duplicate guard). */
    PLANNED,
    /** An exit found nothing left to close in its trade: no order. */
    NOTHING_TO_CLOSE,
    /** An order was sent (a plan, a retry, a fallback, a re-send). */
    SUBMITTED,
    /** A quote outlived its TTL (or an exit pre-empted it): its cancel was requested. */
    CANCEL_REQUESTED,
    /** The venue's open orders still hold an order whose cancel was requested: it is asked again. */
    CANCEL_UNCONFIRMED,
    /** An order is gone from the venue (cancelled, expired) with part of it unfilled. */
    GONE,
    /** An order filled completely. */
    FILLED,
    /** The router's miss policy for an expired or refused quote (see {@link Decision#miss()}). */
    MISSED,
    /** The router's re-quote of a missed entry. */
    RETRY_PLANNED,
    /** The router's MARKET fallback of a missed entry or an expired maker exit. */
    FALLBACK_PLANNED,
    /** The venue refused an order (not rate limiting). */
    REFUSED,
    /** The venue (or our client, in a cool-down) refused an order for calling too often; entries are dropped. */
    RATE_LIMITED,
    /** No venue answer to an order: its fate is learnt from the stream. */
    NO_REPLY,
    /** An exit that did not reach the venue is sent again after the cool-down. */
    EXIT_RESEND_SCHEDULED,
    /** An exit could not be sent within the allowed re-sends: a position may be stranded. */
    EXIT_ABANDONED
}
