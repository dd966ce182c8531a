package io.reckon.engine.ring;

/** Hedge-mode side of a position; {@link #BOTH} is one-way mode, where the sign of the size gives the side. */
public enum PositionSide {
    NONE,
    LONG,
    SHORT,
    BOTH
}
