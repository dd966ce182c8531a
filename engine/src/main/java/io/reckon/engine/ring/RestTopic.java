package io.reckon.engine.ring;

import io.reckon.config.StableCodes;

/** Which venue-neutral REST fact a {@link Source#POLL} or {@link Source#ACK} payload holds. */
public enum RestTopic {
    NONE(0),
    BALANCE(1),
    POSITIONS(2),
    OPEN_ORDERS(3),
    ALL_ORDERS(4),
    INCOME(5),
    ORDER_PLACED(6),
    ORDER_CANCELED(7),
    LEVERAGE(8);

    private static final RestTopic[] BY_CODE = StableCodes.byCode(RestTopic.class, RestTopic::code);

    /** The journaled code: explicit and stable, so a journal reads the same whatever the order of the constants. */
    private final int code;

    RestTopic(final int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The constant journaled as {@code code}, or null for a code this build does not know. */
    public static RestTopic of(final int code) {
        return StableCodes.of(BY_CODE, code);
    }
}
