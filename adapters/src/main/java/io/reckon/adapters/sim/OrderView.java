package io.reckon.adapters.sim;

import java.math.BigDecimal;

/**
 * An order as the venue holds it at the moment of the view.
 *
 * @param orderId       venue order id (above 2^53, like BingX's)
 * @param clientOrderId client order id, lower-cased, "" when none
 * @param symbol        contract
 * @param side          BUY or SELL
 * @param positionSide  LONG or SHORT
 * @param type          MARKET or LIMIT
 * @param timeInForce   time in force (GTC for market orders)
 * @param origQty       ordered quantity
 * @param price         limit price, or the reference price a market order was placed at
 * @param executedQty   cumulative filled quantity
 * @param avgPrice      average fill price, scale 8 (0 before the first fill)
 * @param state         status
 * @param timeMs        placement time
 * @param updateTimeMs  time of the last change
 */
public record OrderView(long orderId, String clientOrderId, String symbol, OrderSide side, HedgeSide positionSide,
                        OrderKind type, TimeInForce timeInForce, BigDecimal origQty, BigDecimal price,
                        BigDecimal executedQty, BigDecimal avgPrice, OrderState state, long timeMs,
                        long updateTimeMs) {
}
