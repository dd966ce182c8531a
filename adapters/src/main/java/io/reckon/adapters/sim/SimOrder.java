package io.reckon.adapters.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The venue's mutable record of one order. Guarded by the venue's lock. */
final class SimOrder {
    final long orderId;
    final String clientOrderId;
    final String symbol;
    final OrderSide side;
    final HedgeSide positionSide;
    final OrderKind kind;
    final TimeInForce timeInForce;
    final BigDecimal origQty;
    /** The limit price, or for a market order the price the path stood at when it was placed. */
    final BigDecimal price;
    final int leverage;
    final long timeMs;
    /** The stream loses every frame of this order (a fault); the account changes as for any other. */
    final boolean framesDropped;
    BigDecimal executedQty = Decimals.ZERO;
    BigDecimal cumQuote = Decimals.ZERO;
    /** Σ fees of this order's fills in BingX's sign: negative = cost. */
    BigDecimal commission = Decimals.ZERO;
    BigDecimal profit = Decimals.ZERO;
    OrderState state = OrderState.NEW;
    long updateTimeMs;

    SimOrder(final long orderId, final String clientOrderId, final String symbol, final OrderSide side,
             final HedgeSide positionSide, final OrderKind kind, final TimeInForce timeInForce,
             final BigDecimal origQty, final BigDecimal price, final int leverage, final long timeMs,
             final boolean framesDropped) {
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.symbol = symbol;
        this.side = side;
        this.positionSide = positionSide;
        this.kind = kind;
        this.timeInForce = timeInForce;
        this.origQty = origQty;
        this.price = price;
        this.leverage = leverage;
        this.timeMs = timeMs;
        this.framesDropped = framesDropped;
        this.updateTimeMs = timeMs;
    }

    BigDecimal remaining() {
        return origQty.subtract(executedQty);
    }

    /** True when this order reduces its position rather than opening or adding to it. */
    boolean isClosing() {
        return side != positionSide.openingSide();
    }

    /** Records one fill of this order. */
    void apply(final BigDecimal qty, final BigDecimal fillPrice, final SimLedger.Booked booked, final long timeMs) {
        executedQty = Decimals.money(executedQty.add(qty));
        cumQuote = Decimals.money(cumQuote.add(qty.multiply(fillPrice)));
        commission = commission.subtract(booked.fee());
        profit = profit.add(booked.realized());
        state = executedQty.compareTo(origQty) >= 0 ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
        updateTimeMs = timeMs;
    }

    /** Average fill price, scale 8; 0 before the first fill. */
    BigDecimal avgPrice() {
        return executedQty.signum() == 0 ? Decimals.ZERO
                : cumQuote.divide(executedQty, Decimals.SCALE, RoundingMode.HALF_UP);
    }

    void finish(final OrderState terminal, final long timeMs) {
        state = terminal;
        updateTimeMs = timeMs;
    }

    OrderView view() {
        return new OrderView(orderId, clientOrderId, symbol, side, positionSide, kind, timeInForce, origQty, price,
                executedQty, avgPrice(), state, timeMs, updateTimeMs);
    }
}
