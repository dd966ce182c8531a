package io.reckon.adapters.sim;

import java.math.BigDecimal;

/** The mutable ledger state of one (symbol, side) position. Guarded by the venue's lock. */
final class PositionState {
    final String symbol;
    final HedgeSide side;
    final long positionId;
    BigDecimal size = Decimals.ZERO;
    BigDecimal entry = Decimals.ZERO;
    BigDecimal realized = Decimals.ZERO;
    long updateTimeMs;

    PositionState(final String symbol, final HedgeSide side, final long positionId) {
        this.symbol = symbol;
        this.side = side;
        this.positionId = positionId;
    }

    /** Unrealized PnL at a mark price, scale 8. */
    BigDecimal unrealized(final BigDecimal mark) {
        final BigDecimal perUnit = side == HedgeSide.LONG ? mark.subtract(entry) : entry.subtract(mark);
        return Decimals.money(perUnit.multiply(size));
    }

    PositionView view() {
        return new PositionView(symbol, side, size, entry, realized);
    }
}
