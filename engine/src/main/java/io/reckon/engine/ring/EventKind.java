package io.reckon.engine.ring;

/** The venue-neutral meaning of an event, set by the normalise stage. */
public enum EventKind {
    NONE,
    ORDER_ACK,
    PARTIAL_FILL,
    FULL_FILL,
    CANCEL,
    REJECT_EXPIRE,
    /** An order update that changes nothing: a duplicate, or a status echo without new quantity. */
    ORDER_NO_CHANGE,
    /**
     * An account frame the kernel has already folded, delivered again (overlapping sockets during a rotation):
     * counted, changes nothing. Its facts are not re-applied because by now they may be older than later frames.
     */
    DUPLICATE,
    ACCOUNT_UPDATE,
    FUNDING,
    TRANSFER,
    CONFIG,
    LISTEN_KEY_EXPIRED,
    HEARTBEAT,
    BALANCE_SNAPSHOT,
    POSITIONS_SNAPSHOT,
    OPEN_ORDERS_SNAPSHOT,
    /**
     * A REST order history folded as a batch of order updates: each row books what the kernel had not booked of
     * that order (fills the stream never delivered), all rows or none.
     */
    ORDERS_CATCH_UP,
    /** A REST income history: funding rows the stream never delivered are booked, the others are recognised. */
    INCOME_CATCH_UP,
    /**
     * A stream funding frame whose funding was already booked from the income history: its balance facts are
     * folded, its amount is not booked again.
     */
    FUNDING_ALREADY_BOOKED,
    /** A stream transfer frame whose transfer an income catch-up already booked: updates E's wallet only. */
    TRANSFER_ALREADY_BOOKED,
    CONTROL,
    INTENT,
    ACK,
    UNKNOWN,
    REJECTED;

    private static final EventKind[] VALUES = values();

    public static int count() {
        return VALUES.length;
    }

    public boolean isFill() {
        return this == PARTIAL_FILL || this == FULL_FILL;
    }
}
