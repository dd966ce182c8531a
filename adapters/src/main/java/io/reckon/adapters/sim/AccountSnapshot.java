package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.util.List;

/**
 * A read-only copy of the simulator's ground-truth account, taken atomically: every figure is exact (scale 8) and
 * the identity {@code wallet = initialWallet + realizedPnl − feesPaid − fundingPaid + netTransfers} holds in every
 * snapshot, with the initial wallet of the {@link SimConfig}.
 *
 * @param wallet       USDT wallet balance ({@code wb})
 * @param realizedPnl  Σ realized PnL of all fills
 * @param feesPaid     Σ fees, positive = cost
 * @param fundingPaid  Σ funding, positive = paid
 * @param netTransfers Σ deposits − Σ withdrawals
 * @param positions    every position ever opened, in symbol then side order, flat ones included
 * @param openOrders   orders that can still fill, in placement order
 * @param fills        every fill, in booking order
 */
public record AccountSnapshot(BigDecimal wallet, BigDecimal realizedPnl, BigDecimal feesPaid,
                              BigDecimal fundingPaid, BigDecimal netTransfers, List<PositionView> positions,
                              List<OrderView> openOrders, List<FillView> fills) {

    /** Takes immutable copies of the lists. */
    public AccountSnapshot {
        positions = List.copyOf(positions);
        openOrders = List.copyOf(openOrders);
        fills = List.copyOf(fills);
    }

    /** The position on that symbol and side; a flat zero position when there never was one. */
    public PositionView position(final String symbol, final HedgeSide side) {
        for (final PositionView p : positions) {
            if (p.symbol().equals(symbol) && p.side() == side) {
                return p;
            }
        }
        return new PositionView(symbol, side, Decimals.ZERO, Decimals.ZERO, Decimals.ZERO);
    }
}
