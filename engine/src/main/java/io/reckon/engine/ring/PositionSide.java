package io.reckon.engine.ring;

/**
 * Hedge-mode side of a position; {@link #BOTH} is one-way mode, where the sign of the size gives the side.
 * {@link #code()} is what the journaled state hash folds in, so reordering the constants changes no checkpoint.
 */
public enum PositionSide {
    NONE(0),
    LONG(1),
    SHORT(2),
    BOTH(3);

    private final int code;

    PositionSide(final int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
