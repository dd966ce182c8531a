package io.reckon.engine.router;

import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;

/** Whether an intent opens a position or closes one. Only {@link #ENTER} may ever be skipped. */
public enum PlanAction {
    ENTER,
    EXIT;

    /**
     * The order side that carries this action for a hedge-mode position side: entering a LONG buys, exiting it
     * sells, and the reverse for SHORT.
     *
     * @return {@link Side#NONE} for a position side other than LONG or SHORT
     */
    public Side orderSide(final PositionSide positionSide) {
        if (positionSide == PositionSide.LONG) {
            return this == ENTER ? Side.BUY : Side.SELL;
        }
        if (positionSide == PositionSide.SHORT) {
            return this == ENTER ? Side.SELL : Side.BUY;
        }
        return Side.NONE;
    }
}
