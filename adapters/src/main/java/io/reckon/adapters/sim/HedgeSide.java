package io.reckon.adapters.sim;

/** Position side in hedge mode ({@code positionSide}, WS {@code ps}). The simulator runs hedge mode only. */
public enum HedgeSide {
    LONG,
    SHORT;

    /** The order side that opens (adds to) a position on this side. */
    OrderSide openingSide() {
        return this == LONG ? OrderSide.BUY : OrderSide.SELL;
    }
}
