package io.reckon.engine.router;

import io.reckon.engine.ring.PositionSide;

/**
 * One intent the router is asked to plan. Prices and sizes are 1e-8 fixed point; the spread is in basis points,
 * also 1e-8 fixed point ({@code 5_00000000} is 5 bps), or {@link #SPREAD_UNKNOWN} when no book data is at hand.
 * A reference price of zero or below means "no usable quote": the router then plans MARKET.
 *
 * <p>The constructor refuses a request that could never become an order (no trade id or symbol, a position side
 * other than LONG/SHORT, a size not above zero, an exit reason on an entry or none on an exit) with an
 * {@link IllegalArgumentException} naming the field.
 *
 * @param tradeId the strategy's id of the round trip; the venue client order id derives from it
 */
public record PlanRequest(
    PlanAction action,
    String tradeId,
    String symbol,
    PositionSide positionSide,
    long size,
    long referencePrice,
    long spreadBps,
    ExitReason exitReason) {

    /** No order-book data: the spread gate lets the quote through and post-only caps the risk. */
    public static final long SPREAD_UNKNOWN = Long.MIN_VALUE;

    public PlanRequest {
        if (action == null) {
            throw new IllegalArgumentException("action must not be null");
        }
        if (tradeId == null || tradeId.isBlank()) {
            throw new IllegalArgumentException("tradeId must not be blank");
        }
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol must not be blank");
        }
        if (positionSide != PositionSide.LONG && positionSide != PositionSide.SHORT) {
            throw new IllegalArgumentException("positionSide must be LONG or SHORT, got " + positionSide);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size must be above zero, got " + size);
        }
        if (exitReason == null || (action == PlanAction.ENTER) != (exitReason == ExitReason.NONE)) {
            throw new IllegalArgumentException("exitReason must be NONE for an entry and a reason for an exit, got "
                + action + "/" + exitReason);
        }
    }

    public static PlanRequest entry(final String tradeId, final String symbol, final PositionSide positionSide,
                                    final long size, final long referencePrice, final long spreadBps) {
        return new PlanRequest(PlanAction.ENTER, tradeId, symbol, positionSide, size, referencePrice, spreadBps,
            ExitReason.NONE);
    }

    public static PlanRequest exit(final String tradeId, final String symbol, final PositionSide positionSide,
                                   final long size, final long referencePrice, final long spreadBps,
                                   final ExitReason reason) {
        return new PlanRequest(PlanAction.EXIT, tradeId, symbol, positionSide, size, referencePrice, spreadBps,
            reason);
    }

    public boolean spreadKnown() {
        return spreadBps != SPREAD_UNKNOWN;
    }

    /** An exit whose reason does not tolerate a resting quote. */
    public boolean urgent() {
        return action == PlanAction.EXIT && !exitReason.makerEligible();
    }
}
