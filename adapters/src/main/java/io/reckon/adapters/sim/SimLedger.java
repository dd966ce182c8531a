package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ground truth the kernel is checked against: an independent {@link BigDecimal} (scale 8) account in hedge
 * mode. Per fill, realized = (price − entry) × qty on the side that reduces a LONG, (entry − price) × qty on the
 * side that reduces a SHORT, 0 when opening or adding; fee = qty × price × rate; wallet += realized − fee. Adding
 * to a position moves its entry to the quantity-weighted average. Funding paid = size × mark × rate for a LONG and
 * its negation for a SHORT; wallet −= funding paid. Not thread-safe: the venue's lock guards it.
 */
final class SimLedger {
    private static final long POSITION_ID_BASE = 1_735_485_233_231_106_048L;

    private final Map<String, PositionState> positions = new TreeMap<>();
    private final List<FillView> fills = new ArrayList<>();
    private final List<IncomeRecord> income = new ArrayList<>();
    private BigDecimal wallet;
    private BigDecimal realizedTotal = Decimals.ZERO;
    private BigDecimal feesTotal = Decimals.ZERO;
    private BigDecimal fundingTotal = Decimals.ZERO;
    private BigDecimal transfersTotal = Decimals.ZERO;
    private long tranSeq;

    SimLedger(final BigDecimal initialWallet) {
        this.wallet = Decimals.money(initialWallet);
    }

    /** The result of booking one fill. */
    record Booked(BigDecimal realized, BigDecimal fee, PositionState position) {
        /** The fill's effect on the wallet, the {@code bc} of its ACCOUNT_UPDATE. */
        BigDecimal walletChange() {
            return realized.subtract(fee);
        }
    }

    /**
     * Books one fill.
     *
     * @throws IllegalStateException when a reducing fill is larger than the position (the venue must prevent it)
     */
    Booked fill(final long orderId, final String symbol, final HedgeSide ps, final OrderSide side,
                final BigDecimal qty, final BigDecimal price, final BigDecimal feeRate, final boolean maker,
                final long timeMs) {
        final PositionState p = position(symbol, ps);
        final BigDecimal realized;
        if (side == ps.openingSide()) {
            final BigDecimal newSize = p.size.add(qty);
            p.entry = p.entry.multiply(p.size).add(price.multiply(qty))
                    .divide(newSize, Decimals.SCALE, RoundingMode.HALF_UP);
            p.size = Decimals.money(newSize);
            realized = Decimals.ZERO;
        } else {
            if (qty.compareTo(p.size) > 0) {
                throw new IllegalStateException("reducing fill " + qty + " exceeds position " + p.size + " of "
                        + symbol + " " + ps);
            }
            final BigDecimal perUnit = ps == HedgeSide.LONG ? price.subtract(p.entry) : p.entry.subtract(price);
            realized = Decimals.money(perUnit.multiply(qty));
            p.size = Decimals.money(p.size.subtract(qty));
            if (p.size.signum() == 0) {
                p.entry = Decimals.ZERO;
            }
        }
        final BigDecimal fee = Decimals.money(qty.multiply(price).multiply(feeRate));
        p.realized = p.realized.add(realized);
        p.updateTimeMs = timeMs;
        wallet = wallet.add(realized).subtract(fee);
        realizedTotal = realizedTotal.add(realized);
        feesTotal = feesTotal.add(fee);
        fills.add(new FillView(orderId, symbol, side, ps, qty, price, fee, realized, maker, timeMs));
        final String tradeId = Long.toString(orderId);
        if (realized.signum() != 0) {
            income.add(new IncomeRecord(symbol, IncomeRecord.REALIZED_PNL, realized, "", timeMs, nextTranId(),
                    tradeId));
        }
        income.add(new IncomeRecord(symbol, IncomeRecord.TRADING_FEE, fee.negate(), "", timeMs, nextTranId(),
                tradeId));
        return new Booked(realized, fee, p);
    }

    /** Settles funding on one position at a mark price and rate; returns the amount paid (negative = received). */
    BigDecimal settleFunding(final PositionState p, final BigDecimal mark, final BigDecimal rate,
                             final long timeMs) {
        final BigDecimal notionalFunding = Decimals.money(p.size.multiply(mark).multiply(rate));
        final BigDecimal paid = p.side == HedgeSide.LONG ? notionalFunding : notionalFunding.negate();
        wallet = wallet.subtract(paid);
        fundingTotal = fundingTotal.add(paid);
        income.add(new IncomeRecord(p.symbol, IncomeRecord.FUNDING_FEE, paid.negate(), "", timeMs, nextTranId(),
                ""));
        return paid;
    }

    /** Moves money into (positive) or out of (negative) the wallet. */
    void transfer(final BigDecimal amount, final long timeMs) {
        final BigDecimal a = Decimals.money(amount);
        wallet = wallet.add(a);
        transfersTotal = transfersTotal.add(a);
        income.add(new IncomeRecord("", IncomeRecord.TRANSFER, a, a.signum() >= 0 ? "DEPOSIT" : "WITHDRAW", timeMs,
                nextTranId(), ""));
    }

    /** The position on a symbol and side, created flat on first use. */
    PositionState position(final String symbol, final HedgeSide side) {
        return positions.computeIfAbsent(symbol + '/' + side,
                k -> new PositionState(symbol, side, POSITION_ID_BASE + positions.size()));
    }

    /** Every position ever touched, in symbol then side order. */
    Collection<PositionState> positions() {
        return positions.values();
    }

    List<IncomeRecord> income() {
        return income;
    }

    BigDecimal wallet() {
        return wallet;
    }

    BigDecimal realizedTotal() {
        return realizedTotal;
    }

    AccountSnapshot snapshot(final List<OrderView> openOrders) {
        final List<PositionView> views = new ArrayList<>(positions.size());
        for (final PositionState p : positions.values()) {
            views.add(p.view());
        }
        return new AccountSnapshot(wallet, realizedTotal, feesTotal, fundingTotal, transfersTotal, views,
                openOrders, fills);
    }

    private String nextTranId() {
        tranSeq++;
        return Long.toString(tranSeq);
    }
}
