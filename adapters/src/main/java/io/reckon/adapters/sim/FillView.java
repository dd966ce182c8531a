package io.reckon.adapters.sim;

import java.math.BigDecimal;

/**
 * One fill as the ground truth booked it.
 *
 * @param orderId      venue order id
 * @param symbol       contract
 * @param side         BUY or SELL
 * @param positionSide LONG or SHORT
 * @param qty          filled quantity
 * @param price        fill price
 * @param fee          fee charged, positive = cost, scale 8 (the frame's {@code n} is its negation)
 * @param realizedPnl  realized PnL of this fill, 0 when it opened or added, scale 8 (the frame's {@code rp})
 * @param maker        true when a resting limit order filled (maker fee rate)
 * @param timeMs       event time of the fill
 */
public record FillView(long orderId, String symbol, OrderSide side, HedgeSide positionSide, BigDecimal qty,
                       BigDecimal price, BigDecimal fee, BigDecimal realizedPnl, boolean maker, long timeMs) {
}
