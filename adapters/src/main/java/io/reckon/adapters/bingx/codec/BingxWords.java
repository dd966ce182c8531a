package io.reckon.adapters.bingx.codec;

import io.reckon.engine.ring.BalanceReason;
import io.reckon.engine.ring.ExecType;
import io.reckon.engine.ring.IncomeType;
import io.reckon.engine.ring.MarginMode;
import io.reckon.engine.ring.OrderStatus;
import io.reckon.engine.ring.OrderType;
import io.reckon.engine.ring.PositionSide;
import io.reckon.engine.ring.Side;

/**
 * BingX's enum words, matched on raw bytes ignoring ASCII case (the inverse-swap REST sends "Long"). Words a
 * venue may add (order types, execution types, statuses, balance reasons) map to a catch-all constant; the sides
 * and margin modes are closed sets and return null for an unknown word.
 */
final class BingxWords {
    private static final byte[] BUY = Ascii.bytes("BUY");
    private static final byte[] SELL = Ascii.bytes("SELL");
    private static final byte[] LONG = Ascii.bytes("LONG");
    private static final byte[] SHORT = Ascii.bytes("SHORT");
    private static final byte[] BOTH = Ascii.bytes("BOTH");
    private static final byte[] CROSS = Ascii.bytes("CROSS");
    private static final byte[] CROSSED = Ascii.bytes("CROSSED");
    private static final byte[] ISOLATED = Ascii.bytes("ISOLATED");

    private static final byte[] NEW = Ascii.bytes("NEW");
    private static final byte[] PENDING = Ascii.bytes("PENDING");
    private static final byte[] PARTIALLY_FILLED = Ascii.bytes("PARTIALLY_FILLED");
    private static final byte[] FILLED = Ascii.bytes("FILLED");
    private static final byte[] CANCELED = Ascii.bytes("CANCELED");
    private static final byte[] CANCELLED = Ascii.bytes("CANCELLED");
    private static final byte[] EXPIRED = Ascii.bytes("EXPIRED");
    private static final byte[] REJECTED = Ascii.bytes("REJECTED");
    private static final byte[] TRADE = Ascii.bytes("TRADE");
    private static final byte[] CALCULATED = Ascii.bytes("CALCULATED");

    private static final byte[] MARKET = Ascii.bytes("MARKET");
    private static final byte[] LIMIT = Ascii.bytes("LIMIT");
    private static final byte[] STOP = Ascii.bytes("STOP");
    private static final byte[] STOP_MARKET = Ascii.bytes("STOP_MARKET");
    private static final byte[] TAKE_PROFIT = Ascii.bytes("TAKE_PROFIT");
    private static final byte[] TAKE_PROFIT_MARKET = Ascii.bytes("TAKE_PROFIT_MARKET");
    private static final byte[] TRIGGER_LIMIT = Ascii.bytes("TRIGGER_LIMIT");
    private static final byte[] TRIGGER_MARKET = Ascii.bytes("TRIGGER_MARKET");
    private static final byte[] TRAILING_STOP_MARKET = Ascii.bytes("TRAILING_STOP_MARKET");
    private static final byte[] TRAILING_TP_SL = Ascii.bytes("TRAILING_TP_SL");
    private static final byte[] LIQUIDATION = Ascii.bytes("LIQUIDATION");

    private static final byte[] ORDER = Ascii.bytes("ORDER");
    private static final byte[] FUNDING_FEE = Ascii.bytes("FUNDING_FEE");
    private static final byte[] DEPOSIT = Ascii.bytes("DEPOSIT");
    private static final byte[] WITHDRAW = Ascii.bytes("WITHDRAW");
    private static final byte[] ASSET_TRANSFER = Ascii.bytes("ASSET_TRANSFER");
    private static final byte[] REALIZED_PNL = Ascii.bytes("REALIZED_PNL");
    private static final byte[] TRADING_FEE = Ascii.bytes("TRADING_FEE");
    private static final byte[] TRANSFER = Ascii.bytes("TRANSFER");

    private BingxWords() {
    }

    static Side side(final byte[] b, final int s, final int n) {
        if (is(b, s, n, BUY)) {
            return Side.BUY;
        }
        return is(b, s, n, SELL) ? Side.SELL : null;
    }

    static PositionSide positionSide(final byte[] b, final int s, final int n) {
        if (is(b, s, n, LONG)) {
            return PositionSide.LONG;
        }
        if (is(b, s, n, SHORT)) {
            return PositionSide.SHORT;
        }
        return is(b, s, n, BOTH) ? PositionSide.BOTH : null;
    }

    /** {@code isolated} / {@code cross} on the stream; Binance's MARGIN_CALL spells it {@code CROSSED}. */
    static MarginMode marginMode(final byte[] b, final int s, final int n) {
        if (is(b, s, n, ISOLATED)) {
            return MarginMode.ISOLATED;
        }
        return is(b, s, n, CROSS) || is(b, s, n, CROSSED) ? MarginMode.CROSS : null;
    }

    /** REST open orders say {@code PENDING} for NEW; swap queries spell {@code CANCELLED} with two Ls. */
    static OrderStatus status(final byte[] b, final int s, final int n) {
        if (is(b, s, n, FILLED)) {
            return OrderStatus.FILLED;
        }
        if (is(b, s, n, NEW) || is(b, s, n, PENDING)) {
            return OrderStatus.NEW;
        }
        if (is(b, s, n, PARTIALLY_FILLED)) {
            return OrderStatus.PARTIALLY_FILLED;
        }
        if (is(b, s, n, CANCELED) || is(b, s, n, CANCELLED)) {
            return OrderStatus.CANCELED;
        }
        if (is(b, s, n, EXPIRED)) {
            return OrderStatus.EXPIRED;
        }
        return is(b, s, n, REJECTED) ? OrderStatus.REJECTED : OrderStatus.OTHER;
    }

    static ExecType execType(final byte[] b, final int s, final int n) {
        if (is(b, s, n, TRADE)) {
            return ExecType.TRADE;
        }
        if (is(b, s, n, NEW)) {
            return ExecType.NEW;
        }
        if (is(b, s, n, CANCELED) || is(b, s, n, CANCELLED)) {
            return ExecType.CANCELED;
        }
        if (is(b, s, n, EXPIRED)) {
            return ExecType.EXPIRED;
        }
        return is(b, s, n, CALCULATED) ? ExecType.CALCULATED : ExecType.OTHER;
    }

    static OrderType orderType(final byte[] b, final int s, final int n) {
        if (is(b, s, n, MARKET)) {
            return OrderType.MARKET;
        }
        if (is(b, s, n, LIMIT)) {
            return OrderType.LIMIT;
        }
        if (is(b, s, n, TRIGGER_MARKET)) {
            return OrderType.TRIGGER_MARKET;
        }
        if (is(b, s, n, TRIGGER_LIMIT)) {
            return OrderType.TRIGGER_LIMIT;
        }
        if (is(b, s, n, STOP_MARKET)) {
            return OrderType.STOP_MARKET;
        }
        if (is(b, s, n, TAKE_PROFIT_MARKET)) {
            return OrderType.TAKE_PROFIT_MARKET;
        }
        if (is(b, s, n, STOP)) {
            return OrderType.STOP;
        }
        if (is(b, s, n, TAKE_PROFIT)) {
            return OrderType.TAKE_PROFIT;
        }
        if (is(b, s, n, TRAILING_STOP_MARKET)) {
            return OrderType.TRAILING_STOP_MARKET;
        }
        if (is(b, s, n, TRAILING_TP_SL)) {
            return OrderType.TRAILING_TP_SL;
        }
        return is(b, s, n, LIQUIDATION) ? OrderType.LIQUIDATION : OrderType.OTHER;
    }

    /** {@code a.m}: anything but the five known reasons is a transfer of some other kind. */
    static BalanceReason balanceReason(final byte[] b, final int s, final int n) {
        if (is(b, s, n, ORDER)) {
            return BalanceReason.ORDER;
        }
        if (is(b, s, n, FUNDING_FEE)) {
            return BalanceReason.FUNDING_FEE;
        }
        if (is(b, s, n, DEPOSIT)) {
            return BalanceReason.DEPOSIT;
        }
        if (is(b, s, n, WITHDRAW)) {
            return BalanceReason.WITHDRAW;
        }
        return is(b, s, n, ASSET_TRANSFER) ? BalanceReason.ASSET_TRANSFER : BalanceReason.OTHER_TRANSFER;
    }

    /** {@code incomeType} of the fund flow; types the kernel does not book are OTHER. */
    static IncomeType incomeType(final byte[] b, final int s, final int n) {
        if (is(b, s, n, FUNDING_FEE)) {
            return IncomeType.FUNDING_FEE;
        }
        if (is(b, s, n, REALIZED_PNL)) {
            return IncomeType.REALIZED_PNL;
        }
        if (is(b, s, n, TRADING_FEE)) {
            return IncomeType.TRADING_FEE;
        }
        return is(b, s, n, TRANSFER) ? IncomeType.TRANSFER : IncomeType.OTHER;
    }

    private static boolean is(final byte[] b, final int s, final int n, final byte[] upperWord) {
        return Ascii.equalsIgnoreCase(b, s, n, upperWord);
    }
}
