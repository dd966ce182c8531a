package io.reckon.engine.ring;

/** Which venue-neutral REST fact a {@link Source#POLL} or {@link Source#ACK} payload holds. */
public enum RestTopic {
    NONE,
    BALANCE,
    POSITIONS,
    OPEN_ORDERS,
    ALL_ORDERS,
    INCOME,
    ORDER_PLACED,
    ORDER_CANCELED,
    LEVERAGE;

    private static final RestTopic[] VALUES = values();

    public static RestTopic of(final int ordinal) {
        return ordinal >= 0 && ordinal < VALUES.length ? VALUES[ordinal] : null;
    }
}
