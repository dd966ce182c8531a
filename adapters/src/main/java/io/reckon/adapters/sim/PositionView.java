package io.reckon.adapters.sim;

import java.math.BigDecimal;

/**
 * One hedge-mode position of the ground-truth account.
 *
 * @param symbol      contract
 * @param side        LONG or SHORT
 * @param size        unsigned size (0 once closed)
 * @param entryPrice  average entry price, scale 8 (0 when flat)
 * @param realizedPnl realized PnL accumulated on this position, before fees, scale 8
 */
public record PositionView(String symbol, HedgeSide side, BigDecimal size, BigDecimal entryPrice,
                           BigDecimal realizedPnl) {
}
