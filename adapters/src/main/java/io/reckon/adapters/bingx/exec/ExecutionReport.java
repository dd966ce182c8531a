package io.reckon.adapters.bingx.exec;

import io.reckon.engine.ring.Side;

/**
 * The execution thread's estimate of one placed order's cost, from its REST reply: the venue confirms the real
 * fee later in the stream (both happen on BingX). Amounts are 1e-8 fixed point.
 *
 * @param maker          true when estimated as a resting maker quote (its own price, the maker rate); false for a
 *                       fill at placement (the reply's average price, the taker rate)
 * @param quantity       the filled quantity (taker) or the quoted quantity (maker)
 * @param price          the average fill price (taker) or the quote price (maker)
 * @param estimatedFee   {@code price × quantity × rate}
 * @param slippageBps    signed against the reference price, in basis points: above zero is worse than the
 *                       reference (a BUY above it, a SELL below it), below zero an improvement
 * @param hasSlippage    false when the intent carried no reference price
 */
public record ExecutionReport(String clientOrderId, String symbol, Side side, boolean maker, long quantity,
                              long price, long referencePrice, long feeRate, long estimatedFee, long slippageBps,
                              boolean hasSlippage) {
}
