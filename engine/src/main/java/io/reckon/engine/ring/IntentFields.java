package io.reckon.engine.ring;

import io.reckon.engine.router.ExitReason;
import io.reckon.engine.router.PlanRequest;

/**
 * An order intent as the strategy sent it (the engine's own JSON, see {@code io.reckon.engine.intent.IntentCodec}),
 * and the kernel's verdict on it. Sizes and prices are 1e-8 fixed point; the spread is in basis points, also 1e-8
 * fixed point, or {@link PlanRequest#SPREAD_UNKNOWN}.
 */
public final class IntentFields {
    /** A trade id is at most as long as the longest client order id a venue takes. */
    public static final int TRADE_ID_CAPACITY = 40;

    public IntentAction action = IntentAction.NONE;
    /** The strategy's id of the round trip: an entry and its exit share it. */
    public final byte[] tradeId = new byte[TRADE_ID_CAPACITY];
    public int tradeIdLength;
    public int symbolId;
    public PositionSide positionSide = PositionSide.NONE;
    public long size;
    /** Leverage to trade the entry at; 0 leaves the venue's setting as it is. */
    public int leverage;
    /** Why an exit closes; {@link ExitReason#NONE} for an entry. */
    public ExitReason exitReason = ExitReason.NONE;
    /** The strategy's reference price (the touch it decided on); 0 when it has none. */
    public long referencePrice;
    public long spreadBps = PlanRequest.SPREAD_UNKNOWN;
    public IntentVerdict verdict = IntentVerdict.NONE;

    public void clear() {
        action = IntentAction.NONE;
        tradeIdLength = 0;
        symbolId = 0;
        positionSide = PositionSide.NONE;
        size = 0;
        leverage = 0;
        exitReason = ExitReason.NONE;
        referencePrice = 0;
        spreadBps = PlanRequest.SPREAD_UNKNOWN;
        verdict = IntentVerdict.NONE;
    }

    public void copyFrom(final IntentFields o) {
        action = o.action;
        System.arraycopy(o.tradeId, 0, tradeId, 0, o.tradeIdLength);
        tradeIdLength = o.tradeIdLength;
        symbolId = o.symbolId;
        positionSide = o.positionSide;
        size = o.size;
        leverage = o.leverage;
        exitReason = o.exitReason;
        referencePrice = o.referencePrice;
        spreadBps = o.spreadBps;
        verdict = o.verdict;
    }
}
