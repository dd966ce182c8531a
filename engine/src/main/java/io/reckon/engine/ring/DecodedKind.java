package io.reckon.engine.ring;

/** What a venue decoder found in a payload, before the engine's normalise stage gives it meaning. */
public enum DecodedKind {
    NONE,
    ORDER_UPDATE,
    ACCOUNT_UPDATE,
    ACCOUNT_CONFIG,
    CONFIG_SNAPSHOT,
    LISTEN_KEY_EXPIRED,
    HEARTBEAT,
    /** A well-formed frame of an event type the kernel does not use: counted, journaled, not folded. */
    UNKNOWN_EVENT,
    BALANCE_SNAPSHOT,
    POSITIONS_SNAPSHOT,
    OPEN_ORDERS_SNAPSHOT,
    /** Orders updated within a window, each with its cumulative fills, fee and realized PnL (catch-up). */
    ORDER_HISTORY,
    /** Rows of the venue's income history (catch-up of funding). */
    INCOME_HISTORY,
    CONTROL,
    INTENT,
    ORDER_ACK,
    /** The decoder could not read the payload; {@link RingEvent#reject} says why. */
    REJECTED
}
