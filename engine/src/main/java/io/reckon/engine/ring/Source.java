package io.reckon.engine.ring;

/** Where a ring event came from; journaled with every record (DESIGN.md "Journal and replay"). */
public enum Source {
    /** A venue user-stream frame. */
    WS,
    /** A REST response fed in as a snapshot (gap repair, periodic guard poll). */
    POLL,
    /** An order intent from the strategy. */
    INTENT,
    /** Our own REST order reply. */
    ACK,
    /** Lifecycle: connect, disconnect, rotation, recovery, hash checkpoint. */
    CONTROL;

    private static final Source[] VALUES = values();

    public static Source of(final int ordinal) {
        return ordinal >= 0 && ordinal < VALUES.length ? VALUES[ordinal] : null;
    }
}
