package io.reckon.adapters.sim;

import java.math.BigDecimal;

/**
 * A new order as the venue receives it, already parsed from the wire.
 *
 * @param symbol        contract
 * @param side          BUY or SELL
 * @param positionSide  LONG or SHORT (hedge mode)
 * @param kind          MARKET or LIMIT
 * @param quantity      quantity in coins
 * @param price         limit price; null for a market order
 * @param timeInForce   time in force of a limit order; null means GTC
 * @param clientOrderId client order id; null or "" for none
 */
record OrderRequest(String symbol, OrderSide side, HedgeSide positionSide, OrderKind kind, BigDecimal quantity,
                    BigDecimal price, TimeInForce timeInForce, String clientOrderId) {
}
