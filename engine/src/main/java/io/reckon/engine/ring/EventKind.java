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
    CONTROL,
    INTENT,
    ACK,
    UNKNOWN,
    REJECTED;

    private static final EventKind[] VALUES = values();

    public static EventKind of(final int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }

    public boolean isFill() {
        return this == PARTIAL_FILL || this == FULL_FILL;
    }
}
