package io.reckon.engine.ring;

import io.reckon.config.StableCodes;

/** Where a ring event came from; journaled with every record as its {@link #code()}. */
public enum Source {
    /** A venue user-stream frame. */
    WS(0),
    /** A REST response fed in as a snapshot (gap repair, periodic guard poll). */
    POLL(1),
    /** An order intent from the strategy. */
    INTENT(2),
    /** Our own REST order reply. */
    ACK(3),
    /** Lifecycle: connect, disconnect, rotation, recovery, hash checkpoint. */
    CONTROL(4);

    private static final Source[] BY_CODE = StableCodes.byCode(Source.class, Source::code);

    /** The journaled code: explicit and stable, so a journal reads the same whatever the order of the constants. */
    private final int code;

    Source(final int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The constant journaled as {@code code}, or null for a code this build does not know. */
    public static Source of(final int code) {
        return StableCodes.of(BY_CODE, code);
    }
}
